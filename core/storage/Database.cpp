#include "Database.h"

#include "BackupFiles.h"
#include "Migrations.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

/// "CHOR" at byte 68 of the file header (PRAGMA application_id): file(1) and the shared MIME database
/// (packaging/chorus-mime.xml.in) tell a workspace from other SQLite files by it.
constexpr int ApplicationId = 0x43484F52;

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("chorus-%1").arg(counter.fetch_add(1));
}

Status execute(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return makeError(ErrorCode::Database, q.lastError().text());
    return {};
}

/// For ROLLBACK and RELEASE on an error path: if they fail there is nothing further to undo.
void executeIgnoringErrors(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    q.exec(sql);
}

/// Refuse what is clearly not a workspace before SQLite touches it, so nothing foreign is ever written to.
Status checkHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return {}; // an empty file becomes a new workspace
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(ErrorCode::Damaged,
                         Tr::tr("%1 is not a Chorus workspace: it is not an SQLite database.").arg(path));
    file.seek(0);
    const QByteArray page = file.read(100);
    if (page.size() < 100)
        return makeError(ErrorCode::Damaged, Tr::tr("%1 is damaged: the file is truncated.").arg(path));
    const auto be32 = [&](int at) {
        return (quint32(quint8(page[at])) << 24) | (quint32(quint8(page[at + 1])) << 16) |
               (quint32(quint8(page[at + 2])) << 8) | quint32(quint8(page[at + 3]));
    };
    quint32 pageSize = (quint32(quint8(page[16])) << 8) | quint32(quint8(page[17]));
    if (pageSize == 1)
        pageSize = 65536;
    // The header's page count is trustworthy when its change counter matches "version valid for" — and when
    // no write-ahead log is waiting: a checkpoint writes page 1 first, so a process killed in the middle of
    // one leaves a header ahead of the file, which SQLite repairs from the log on open.
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walPending && be32(24) == be32(92) && pageSize >= 512 && qint64(be32(28)) * pageSize > file.size())
        return makeError(ErrorCode::Damaged, Tr::tr("%1 is damaged: the file is truncated (%2 of %3 bytes).")
                                                 .arg(path)
                                                 .arg(file.size())
                                                 .arg(qint64(be32(28)) * pageSize));
    return {};
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion() {
    return migrations().constLast().version;
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options) {
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create)
            return makeError(ErrorCode::NotFound, Tr::tr("The workspace %1 does not exist.").arg(path));
        if (auto st = privatefiles::createFile(path); !st)
            return st.error();
    } else if (info.isDir()) {
        return makeError(ErrorCode::Invalid, Tr::tr("%1 is a folder, not a workspace file.").arg(path));
    } else if (auto st = checkHeader(path); !st) {
        return st.error();
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    database->m_readOnly = options.readOnly || !QFileInfo(path).isWritable();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (database->m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return makeError(ErrorCode::Database, Tr::tr("Cannot open %1: %2").arg(path, db.lastError().text()));

    // Read the version before any pragma that writes: a newer or damaged file must stay untouched.
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next()) {
        return makeError(
            ErrorCode::Damaged,
            Tr::tr("%1 is damaged or not a workspace: %2").arg(path, versionQuery.lastError().text()));
    }
    database->m_schemaVersion = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (database->m_schemaVersion > latestSchemaVersion()) {
        return makeError(
            ErrorCode::NewerSchema,
            Tr::tr("%1 was written by a newer version of Chorus (workspace format %2; this version "
                   "reads up to %3). It has not been changed.")
                .arg(path)
                .arg(database->m_schemaVersion)
                .arg(latestSchemaVersion()));
    }
    if (database->m_schemaVersion > 0) {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT revision FROM workspace_state WHERE id = 1")) ||
            !probe.next()) {
            return makeError(
                ErrorCode::Damaged,
                Tr::tr("%1 is damaged or not a Chorus workspace: %2").arg(path, probe.lastError().text()));
        }
    } else if (QFileInfo(path).size() > 0) {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !probe.next())
            return makeError(ErrorCode::Damaged,
                             Tr::tr("%1 is damaged: %2").arg(path, probe.lastError().text()));
        if (probe.value(0).toInt() > 0)
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("%1 is an SQLite database of another program, not a Chorus workspace.").arg(path));
    }

    if (auto st = database->configure(); !st)
        return st.error();

    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (database->m_schemaVersion < target) {
        if (!options.migrate || database->m_readOnly) {
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("%1 uses workspace format %2 and needs an upgrade, which cannot be done here.")
                    .arg(path)
                    .arg(database->m_schemaVersion));
        }
        if (auto st = database->migrate(target); !st)
            return st.error();
    }
    return database;
}

Status Database::configure() {
    QSqlDatabase db = connection();
    QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA cache_size = -32000"), QStringLiteral("PRAGMA temp_store = MEMORY")};
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA secure_delete = ON");
    for (const QString& pragma : pragmas) {
        if (auto st = execute(db, pragma); !st)
            return makeError(ErrorCode::Database,
                             Tr::tr("Cannot configure %1: %2").arg(m_path, st.error().message));
    }
    if (!m_readOnly) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            return makeError(
                ErrorCode::Database,
                Tr::tr("Cannot switch %1 to write-ahead logging: %2").arg(m_path, q.lastError().text()));
        }
    }
    return {};
}

Status Database::migrate(int targetVersion) {
    QSqlDatabase db = connection();
    if (m_schemaVersion > 0) {
        // An upgrade rewrites tables: keep a verified copy of the old file first.
        const QString backup =
            backupfiles::newPath(m_path, QStringLiteral("migration"), QDateTime::currentDateTimeUtc());
        if (auto st = backupfiles::write(m_connectionName, backup); !st)
            return makeError(st.error().code,
                             Tr::tr("%1 was not upgraded because no backup could be made first: %2")
                                 .arg(m_path, st.error().message));
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= m_schemaVersion || migration.version > targetVersion)
            continue;
        if (auto st = execute(db, QStringLiteral("BEGIN IMMEDIATE")); !st)
            return makeError(ErrorCode::Database,
                             Tr::tr("Cannot upgrade %1: %2").arg(m_path, st.error().message));
        for (const QString& statement : migration.statements) {
            if (auto st = execute(db, statement); !st) {
                executeIgnoringErrors(db, QStringLiteral("ROLLBACK"));
                return makeError(ErrorCode::Database, Tr::tr("Upgrading %1 to format %2 failed: %3")
                                                          .arg(m_path)
                                                          .arg(migration.version)
                                                          .arg(st.error().message));
            }
        }
        const QString setVersion = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        Status st = execute(db, setVersion);
        if (st)
            st = execute(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        if (!st) {
            executeIgnoringErrors(db, QStringLiteral("ROLLBACK"));
            return st;
        }
        if (auto st = execute(db, QStringLiteral("COMMIT")); !st) {
            executeIgnoringErrors(db, QStringLiteral("ROLLBACK"));
            return st;
        }
        m_schemaVersion = migration.version;
    }
    return {};
}

QSqlQuery& Database::cached(const QString& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        query.prepare(sql);
        it = m_statements.emplace(sql, query).first;
    }
    return it->second;
}

void Database::clearCache() {
    m_statements.clear();
}

Status Database::begin() {
    const QString sql =
        m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT chorus_%1").arg(m_depth);
    if (auto st = execute(connection(), sql); !st)
        return makeError(ErrorCode::Database,
                         Tr::tr("Cannot start a transaction: %1").arg(st.error().message));
    m_savepointMarks.push_back(m_pending.size());
    ++m_depth;
    return {};
}

Status Database::commit() {
    if (m_depth == 0)
        return makeError(ErrorCode::Database, Tr::tr("Commit without a transaction."));
    if (m_depth == 1) {
        if (auto st =
                execute(connection(), QStringLiteral("UPDATE workspace_state SET revision = revision + 1"));
            !st)
            return st;
        if (auto st = execute(connection(), QStringLiteral("COMMIT")); !st)
            return makeError(ErrorCode::Database, Tr::tr("Saving failed: %1").arg(st.error().message));
        m_depth = 0;
        m_savepointMarks.clear();
        const QVector<Change> pending = std::exchange(m_pending, {});
        for (const Change& change : pending)
            emit m_notifier.changed(change);
        return {};
    }
    if (auto st = execute(connection(), QStringLiteral("RELEASE chorus_%1").arg(m_depth - 1)); !st)
        return st;
    --m_depth;
    m_savepointMarks.pop_back();
    return {};
}

void Database::rollback() {
    if (m_depth == 0)
        return;
    if (m_depth == 1) {
        executeIgnoringErrors(connection(), QStringLiteral("ROLLBACK"));
        m_pending.clear();
        m_savepointMarks.clear();
        m_depth = 0;
        return;
    }
    const QString name = QStringLiteral("chorus_%1").arg(m_depth - 1);
    executeIgnoringErrors(connection(), QStringLiteral("ROLLBACK TO ") + name);
    executeIgnoringErrors(connection(), QStringLiteral("RELEASE ") + name);
    m_pending.resize(m_savepointMarks.back());
    m_savepointMarks.pop_back();
    --m_depth;
}

void Database::announce(Change change) {
    if (m_depth > 0)
        m_pending.push_back(std::move(change));
    else
        emit m_notifier.changed(change);
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_started(db.begin())
    , m_open(m_started.ok()) {}

Transaction::~Transaction() {
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit() {
    if (!m_open)
        return m_started.ok() ? makeError(ErrorCode::Database, QStringLiteral("transaction already finished"))
                              : m_started;
    m_open = false;
    auto st = m_db.commit();
    if (!st)
        m_db.rollback();
    return st;
}

} // namespace chorus
