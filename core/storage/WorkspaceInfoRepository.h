#pragma once

#include "Database.h"

#include <QMap>
#include <QString>

namespace chorus {

/// Facts about a workspace as a whole: counts, format, size, integrity, revision.
struct WorkspaceInfo {
    QString path;
    int schemaVersion = 0;
    qint64 revision = 0;
    qint64 fileBytes = 0;         ///< the database file plus its write-ahead log
    QMap<QString, qint64> counts; ///< table-ish name → rows ("people", "touchpoints"…)
    QString integrity;            ///< "ok" or the first problems integrity_check found
};

class WorkspaceInfoRepository final {
public:
    explicit WorkspaceInfoRepository(Database& db)
        : m_db(db) {}

    /// Counts, version, size; `checkIntegrity` adds a full PRAGMA integrity_check (slow on big files).
    Result<WorkspaceInfo> info(bool checkIntegrity) const;
    Result<qint64> revision() const;
    /// Run PRAGMA integrity_check and return "ok" or its messages.
    Result<QString> integrityCheck() const;
    /// When a person was last erased (invalid if never): older backups may still hold their data.
    Result<QDateTime> lastErasure() const;
    /// Move the write-ahead log into the main file and truncate it.
    Status checkpoint();
    /// The SQLite library this connection runs on ("3.40.1"), for the About dialog.
    Result<QString> sqliteVersion() const;

private:
    Database& m_db;
};

} // namespace chorus
