#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace chorus {

/// One backup file of a workspace.
struct BackupFile {
    QString path;
    QDateTime createdAt; ///< UTC, from the file name
    QString reason;      ///< daily, migration, import, manual, pre-restore, erasure…
    qint64 bytes = 0;
};

/// Where backups of a workspace live and what they are called:
/// `<workspace folder>/backups/<workspace base name>-YYYYMMDD-HHMMSS-<reason>.chorus`, 0600 in a 0700 folder.
namespace backupfiles {

QString directoryFor(const QString& workspacePath);
QString newPath(const QString& workspacePath, const QString& reason, const QDateTime& at);
/// Every backup of this workspace, newest first.
QVector<BackupFile> list(const QString& workspacePath);

/// Copy the open workspace consistently into `target` with VACUUM INTO (through the given connection name),
/// make it private, and verify it with integrity_check; a backup that fails verification is removed.
Status write(const QString& connectionName, const QString& target);
/// Open a file read-only and run PRAGMA integrity_check; "ok" or the problems.
Result<QString> integrity(const QString& path);

} // namespace backupfiles
} // namespace chorus
