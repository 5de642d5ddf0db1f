#pragma once

#include "storage/BackupFiles.h"
#include "storage/Workspace.h"

#include <QMap>

namespace chorus {

/// A backup with what it holds, for the restore list.
struct BackupSummary {
    BackupFile file;
    QMap<QString, qint64> counts; ///< people, touchpoints… as WorkspaceInfo counts them
    bool predatesErasure = false; ///< may still hold data of a person erased since
};

/// Rotated, verified backups of the open workspace (VACUUM INTO + integrity_check), and safe restore.
/// Backups are taken once a day at start, before every migration (Database does that) and before every
/// import.
class BackupService final {
public:
    explicit BackupService(Workspace& workspace)
        : m_ws(workspace) {}

    /// How many days backups are kept (workspace setting `backup.keep_days`, default 14).
    int keepDays() const;
    Status setKeepDays(int days);

    Result<BackupFile> create(const QString& reason);
    /// A "daily" backup unless one of any kind was made in the last 24 hours; prunes old ones afterwards.
    Result<std::optional<BackupFile>> createDailyIfDue();
    QVector<BackupFile> list() const;
    /// Each backup with its counts (opens each read-only) and whether it is older than the last erasure.
    Result<QVector<BackupSummary>> describe() const;
    /// Remove backups older than keepDays(), always keeping the newest one.
    Result<int> prune();
    /// Remove every backup made before the most recent erasure (they may hold the erased person's data).
    Result<int> purgeOlderThanLastErasure();

    /// Replace the workspace file at `workspacePath` with a verified copy of `backupPath`. The workspace must
    /// be closed. The current file is first kept as a "pre-restore" backup; stale -wal and -shm files are
    /// removed only after that copy is verified. Nothing is changed if any step fails.
    static Status restore(const QString& backupPath, const QString& workspacePath);

private:
    Workspace& m_ws;
};

} // namespace chorus
