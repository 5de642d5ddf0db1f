#include "TempWorkspace.h"

#include <QTest>

namespace chorus::test {

QDateTime TempWorkspace::defaultNow() {
    return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
}

TempWorkspace::TempWorkspace(const QDateTime& now)
    : m_clock(now) {
    m_path = m_dir.filePath(QStringLiteral("test.chorus"));
    reopen();
}

void TempWorkspace::reopen() {
    m_workspace.reset();
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(m_path, options, &m_clock);
    if (!ws)
        qFatal("cannot open test workspace: %s", qPrintable(ws.error().message));
    m_workspace = std::move(*ws);
}

Id TempWorkspace::addPerson(const QString& name, Stance stance, const QString& organisation) {
    Person p;
    p.name = name;
    p.stance = stance;
    p.organisation = organisation;
    auto id = m_workspace->people().add(p);
    if (!id)
        qFatal("cannot add person: %s", qPrintable(id.error().message));
    return *id;
}

} // namespace chorus::test
