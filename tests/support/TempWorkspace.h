#pragma once

#include "storage/Workspace.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace chorus::test {

/// A fresh workspace in its own temporary folder with a fixed clock, removed after the test.
class TempWorkspace final {
public:
    explicit TempWorkspace(const QDateTime& now = defaultNow());

    static QDateTime defaultNow();

    Workspace& ws() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Close and reopen (to prove something was committed to disk).
    void reopen();
    void close() { m_workspace.reset(); }

    /// Add a person with just a name (and optional stance); fails the test on error.
    Id addPerson(const QString& name, Stance stance = Stance::Unknown, const QString& organisation = {});

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace chorus::test
