#include "BackupFiles.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace chorus::backupfiles {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

QString baseName(const QString& workspacePath) {
    return QFileInfo(workspacePath).completeBaseName();
}
} // namespace

QString directoryFor(const QString& workspacePath) {
    return QFileInfo(workspacePath).absolutePath() + QStringLiteral("/backups");
}

QString newPath(const QString& workspacePath, const QString& reason, const QDateTime& at) {
    const QString stamp = at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QStringLiteral("%1/%2-%3-%4.chorus")
                       .arg(directoryFor(workspacePath), baseName(workspacePath), stamp, reason);
    for (int n = 2; QFileInfo::exists(path); ++n) // two backups in one second
        path = QStringLiteral("%1/%2-%3-%4-%5.chorus")
                   .arg(directoryFor(workspacePath), baseName(workspacePath), stamp, reason)
                   .arg(n);
    return path;
}

QVector<BackupFile> list(const QString& workspacePath) {
    QVector<BackupFile> out;
    const QDir dir(directoryFor(workspacePath));
    const QString base = QRegularExpression::escape(baseName(workspacePath));
    const QRegularExpression re(
        QStringLiteral("^%1-(\\d{8}-\\d{6})-([a-z-]+?)(?:-\\d+)?\\.chorus$").arg(base));
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.chorus")}, QDir::Files)) {
        const auto m = re.match(info.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        at.setTimeSpec(Qt::UTC);
        out.push_back({info.absoluteFilePath(), at, m.captured(2), info.size()});
    }
    std::sort(out.begin(), out.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return out;
}

Result<QString> integrity(const QString& path) {
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("chorus-verify-%1").arg(counter.fetch_add(1));
    QString result;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)"))) {
                failure = q.lastError().text();
            } else {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                result = lines.join(QLatin1Char('\n'));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return makeError(ErrorCode::Damaged, Tr::tr("%1 cannot be checked: %2").arg(path, failure));
    return result;
}

Status write(const QString& connectionName, const QString& target) {
    if (auto st = privatefiles::ensureDirectory(QFileInfo(target).absolutePath()); !st)
        return st;
    // VACUUM INTO creates the file itself; create it empty and private first so it is never readable by
    // others.
    if (auto st = privatefiles::createFile(target); !st)
        return st;
    {
        QSqlQuery q(QSqlDatabase::database(connectionName, false));
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(target);
        if (!q.exec()) {
            const QString message = q.lastError().text();
            QFile::remove(target);
            return makeError(ErrorCode::Io, Tr::tr("Backup to %1 failed: %2").arg(target, message));
        }
    }
    if (auto st = privatefiles::restrict(target); !st)
        return st;
    auto check = integrity(target);
    if (!check || *check != QLatin1String("ok")) {
        QFile::remove(target); // our own unverified copy, never the user's workspace
        return makeError(
            ErrorCode::Damaged,
            Tr::tr("The backup %1 did not verify: %2").arg(target, check ? *check : check.error().message));
    }
    return {};
}

} // namespace chorus::backupfiles
