#pragma once

// Storage-internal: nothing outside core/storage includes this file.

#include "Database.h"
#include "model/Ids.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace chorus::sql {

/// An INSERT prepared on the connection's own sqlite3 handle, for BulkWriter's hot rows. QtSql spends more
/// on binding a value (Qt 6.4 builds and hashes a ":N" placeholder name for every positional bind) than
/// SQLite spends storing it; this binds each value with one sqlite3_bind_* call. It runs inside the
/// Database's transaction like any other statement, and must go away before the Database does.
class NativeStatement final {
public:
    /// A statement that is not prepared yet: insert() and prepare() prepare it on first use.
    NativeStatement(Database& db, QByteArray sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    /// Binds the values to ?1, ?2, … in order, runs the statement and returns the new row's id. A null
    /// QString and an empty optional bind NULL, as QtSql does. The values only need to live for this call.
    template <typename... Values> Result<Id> insert(const Values&... values) {
        if (auto st = prepare(); !st)
            return st.error();
        int index = 0;
        m_copyText = false;
        (bind(++index, values), ...);
        return step();
    }

    /// For a statement of several rows ("VALUES (?, ?), (?, ?), …"): after prepare(), bind row `row`'s values
    /// (copied, so they may be temporaries), then step() once all rows are bound.
    template <typename... Values> void bindRow(int row, const Values&... values) {
        int index = row * int(sizeof...(Values));
        m_copyText = true;
        (bind(++index, values), ...);
    }
    Status prepare();
    /// Runs the bound statement; the id of the last row it inserted.
    Result<Id> step();

private:
    Error failure(int code) const;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, const QString& value);
    void bindNull(int index);
    template <typename T> void bind(int index, const std::optional<T>& value) {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    Database& m_db;
    QByteArray m_sql;
    bool m_copyText = false;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Column values for NativeStatement, spelled like Sql.h's QVariant ones.
std::optional<qint64> nativeId(Id id);                  ///< NULL for 0
std::optional<qint64> nativeEpoch(const QDateTime& at); ///< seconds since 1970 UTC, or NULL
QString nativeIsoDate(const QDate& date);               ///< 'YYYY-MM-DD', or NULL
QString nativeText(const QString& value);               ///< never NULL: '' for a null QString
/// "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)…": `head` up to VALUES, then `rows` groups of `columns`
/// placeholders.
QByteArray multiRowInsert(const char* head, int columns, int rows);

} // namespace chorus::sql
