#include "RecentWorkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace chorus::ui {

namespace {
const QString Key = QStringLiteral("workspaces/recent");
constexpr int MaxRecent = 8;
} // namespace

QStringList RecentWorkspaces::list() {
    QStringList result;
    const QStringList stored = QSettings().value(Key).toStringList();
    for (const QString& path : stored) {
        if (QFileInfo::exists(path) && !result.contains(path))
            result << path;
    }
    return result;
}

void RecentWorkspaces::remember(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList stored = QSettings().value(Key).toStringList();
    stored.removeAll(absolute);
    stored.prepend(absolute);
    while (stored.size() > MaxRecent)
        stored.removeLast();
    QSettings().setValue(Key, stored);
}

void RecentWorkspaces::clear() {
    QSettings().remove(Key);
}

} // namespace chorus::ui
