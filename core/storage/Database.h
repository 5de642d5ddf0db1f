#pragma once

#include "ChangeNotifier.h"
#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <memory>
#include <unordered_map>

namespace chorus {

/// One SQLite connection to a workspace file, with Chorus's pragmas, migrations and transaction nesting.
/// A Database belongs to the thread that opened it; a worker opens its own on the same path.
class Database final {
public:
    struct Options {
        bool create = false;    ///< create the file (0600, folder 0700) when it does not exist
        bool migrate = true;    ///< bring the schema up to date (false: refuse an old schema)
        int targetVersion = -1; ///< for tests: stop migrating at this version (-1: latest)
        bool readOnly = false;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    ChangeNotifier* notifier() { return &m_notifier; }

    /// A prepared statement for this SQL, compiled once per connection and reused.
    /// Do not run the same SQL text again while iterating its results.
    QSqlQuery& cached(const QString& sql);
    /// Drop every cached statement (needed before VACUUM, close or schema changes).
    void clearCache();

    // Transaction nesting, used through Transaction.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    /// Queue a change to be announced when the outermost transaction commits (or now, outside one).
    void announce(Change change);

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_readOnly = false;
    // Node-based: a reference handed out by cached() (held by a live sql::Rows) must survive later inserts,
    // which QHash does not promise when it grows.
    std::unordered_map<QString, QSqlQuery> m_statements;
    QVector<Change> m_pending;
    QVector<qsizetype> m_savepointMarks; ///< m_pending's size when each level began
    ChangeNotifier m_notifier;
};

/// RAII transaction: commit() explicitly; anything else rolls back when it goes out of scope.
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_started; }
    Status commit();

private:
    Database& m_db;
    Status m_started;
    bool m_open = false;
};

} // namespace chorus
