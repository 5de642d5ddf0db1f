#include "BackupService.h"

#include "storage/Database.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

const QString kKeepDays = QStringLiteral("backup.keep_days");

/// Copy a file to `target` through a temporary file in the same folder, fsync'd, then renamed into place.
Status copyDurably(const QString& source, const QString& target) {
    const QString temp = target + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(source, temp))
        return makeError(ErrorCode::Io, Tr::tr("Cannot copy %1 next to %2.").arg(source, target));
    if (auto st = privatefiles::restrict(temp); !st)
        return st;
    const int fd = ::open(QFile::encodeName(temp).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temp);
        return makeError(ErrorCode::Io, Tr::tr("Cannot replace %1.").arg(target));
    }
    return {};
}
} // namespace

int BackupService::keepDays() const {
    return std::max(1, int(m_ws.settings().number(kKeepDays, 14)));
}

Status BackupService::setKeepDays(int days) {
    if (days < 1)
        return makeError(ErrorCode::Invalid, Tr::tr("Backups: keep them for at least one day."));
    return m_ws.settings().setValue(kKeepDays, QString::number(days));
}

Result<BackupFile> BackupService::create(const QString& reason) {
    const QString target = backupfiles::newPath(m_ws.path(), reason, m_ws.clock().now());
    if (auto st = backupfiles::write(m_ws.database().connection().connectionName(), target); !st)
        return st.error();
    for (const BackupFile& f : backupfiles::list(m_ws.path())) {
        if (f.path == QFileInfo(target).absoluteFilePath())
            return f;
    }
    return makeError(ErrorCode::Io, Tr::tr("The backup %1 was written but cannot be listed.").arg(target));
}

Result<std::optional<BackupFile>> BackupService::createDailyIfDue() {
    const QVector<BackupFile> existing = list();
    const QDateTime now = m_ws.clock().now();
    if (!existing.isEmpty() && existing.first().createdAt.secsTo(now) < 24 * 3600)
        return std::optional<BackupFile>();
    auto made = create(QStringLiteral("daily"));
    if (!made)
        return made.error();
    if (auto pruned = prune(); !pruned)
        return pruned.error();
    return std::optional<BackupFile>(*made);
}

QVector<BackupFile> BackupService::list() const {
    return backupfiles::list(m_ws.path());
}

Result<QVector<BackupSummary>> BackupService::describe() const {
    auto lastErasure = m_ws.info().lastErasure();
    if (!lastErasure)
        return lastErasure.error();
    QVector<BackupSummary> out;
    for (const BackupFile& file : list()) {
        BackupSummary summary;
        summary.file = file;
        summary.predatesErasure = lastErasure->isValid() && file.createdAt <= *lastErasure;
        Database::Options options;
        options.readOnly = true;
        options.migrate = false;
        auto backup = Workspace::open(file.path, options);
        if (backup) {
            auto info = (*backup)->info().info(false);
            if (info)
                summary.counts = info->counts;
        }
        out.push_back(summary);
    }
    return out;
}

Result<int> BackupService::prune() {
    const QVector<BackupFile> all = list();
    const QDateTime cutoff = m_ws.clock().now().addDays(-keepDays());
    int removed = 0;
    for (qsizetype i = 1; i < all.size(); ++i) { // index 0, the newest, always stays
        if (all.at(i).createdAt < cutoff && QFile::remove(all.at(i).path))
            ++removed;
    }
    return removed;
}

Result<int> BackupService::purgeOlderThanLastErasure() {
    auto lastErasure = m_ws.info().lastErasure();
    if (!lastErasure)
        return lastErasure.error();
    if (!lastErasure->isValid())
        return 0;
    int removed = 0;
    for (const BackupFile& f : list()) {
        if (f.createdAt <= *lastErasure && QFile::remove(f.path))
            ++removed;
    }
    return removed;
}

Status BackupService::restore(const QString& backupPath, const QString& workspacePath) {
    if (!QFileInfo::exists(backupPath))
        return makeError(ErrorCode::NotFound, Tr::tr("The backup %1 does not exist.").arg(backupPath));
    auto check = backupfiles::integrity(backupPath);
    if (!check)
        return check.error();
    if (*check != QLatin1String("ok"))
        return makeError(ErrorCode::Damaged,
                         Tr::tr("The backup %1 is damaged and was not restored: %2").arg(backupPath, *check));
    {
        // It must be a workspace this version can read, or the restore would leave an unusable file.
        Database::Options options;
        options.readOnly = true;
        options.migrate = false;
        auto probe = Database::open(backupPath, options);
        if (!probe &&
            probe.error().code != ErrorCode::Invalid) // an older format is fine: it upgrades on open
            return makeError(probe.error().code,
                             Tr::tr("%1 cannot be restored: %2").arg(backupPath, probe.error().message));
    }

    if (QFileInfo::exists(workspacePath)) {
        // Keep what is being replaced, checkpointed into one verified file, before touching anything.
        Database::Options options;
        options.migrate = false;
        auto current = Database::open(workspacePath, options);
        if (current) {
            const QString keep = backupfiles::newPath(workspacePath, QStringLiteral("pre-restore"),
                                                      QDateTime::currentDateTimeUtc());
            if (auto st = backupfiles::write((*current)->connection().connectionName(), keep); !st)
                return makeError(
                    st.error().code,
                    Tr::tr("Nothing was restored: the current workspace could not be backed up first: %1")
                        .arg(st.error().message));
        } else if (current.error().code != ErrorCode::Damaged) {
            return makeError(current.error().code,
                             Tr::tr("Nothing was restored: %1").arg(current.error().message));
        } else {
            // A damaged workspace cannot be vacuumed; keep its bytes as they are.
            const QString keep = backupfiles::newPath(workspacePath, QStringLiteral("damaged"),
                                                      QDateTime::currentDateTimeUtc());
            if (auto st = privatefiles::ensureDirectory(QFileInfo(keep).absolutePath()); !st)
                return st;
            if (!QFile::copy(workspacePath, keep))
                return makeError(
                    ErrorCode::Io,
                    Tr::tr("Nothing was restored: cannot keep a copy of %1.").arg(workspacePath));
        }
    }
    if (auto st = copyDurably(backupPath, workspacePath); !st)
        return st;
    // The old log and index belong to the replaced file; applying them to the restored one would corrupt it.
    QFile::remove(workspacePath + QStringLiteral("-wal"));
    QFile::remove(workspacePath + QStringLiteral("-shm"));
    return {};
}

} // namespace chorus
