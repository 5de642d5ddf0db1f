#pragma once

#include <QStringList>

namespace chorus::ui {

/// The workspaces opened lately, newest first, kept in QSettings (at most eight, existing files only).
class RecentWorkspaces final {
public:
    static QStringList list();
    /// Moves `path` to the front.
    static void remember(const QString& path);
    static void clear();
};

} // namespace chorus::ui
