#include "NativeStatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

namespace chorus::sql {

NativeStatement::NativeStatement(Database& db, const char* sql)
    : m_db(db)
    , m_sql(sql) {}

NativeStatement::~NativeStatement() {
    sqlite3_finalize(m_stmt);
}

Status NativeStatement::prepare() {
    const QVariant handle = m_db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3* const*>(handle.constData())) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Storage", "The workspace connection is not SQLite."));
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (const int code = sqlite3_prepare_v3(m_handle, m_sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
        code != SQLITE_OK) {
        m_stmt = nullptr;
        return failure(code);
    }
    return {};
}

Result<Id> NativeStatement::step() {
    const int code = sqlite3_step(m_stmt);
    // Resetting now releases the statement's hold on the table; clearing drops the borrowed text pointers.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (code != SQLITE_DONE)
        return failure(code);
    return Id(sqlite3_last_insert_rowid(m_handle));
}

Error NativeStatement::failure(int code) const {
    QString detail =
        m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString::fromUtf8(sqlite3_errstr(code));
    QString context = QString::fromUtf8(m_sql).simplified();
    if (context.size() > 80)
        context = context.left(77) + QStringLiteral("...");
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("Storage", "%1 failed: %2").arg(context, detail));
}

void NativeStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
}

void NativeStatement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}

void NativeStatement::bind(int index, const QString& value) {
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    // SQLITE_STATIC: the text outlives the step (insert() takes its values by reference for the whole call).
    sqlite3_bind_text16(m_stmt, index, value.constData(), int(value.size() * sizeof(QChar)), SQLITE_STATIC);
}

void NativeStatement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

std::optional<qint64> nativeId(Id id) {
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> nativeEpoch(const QDateTime& at) {
    return at.isValid() ? std::optional<qint64>(at.toSecsSinceEpoch()) : std::nullopt;
}

QString nativeIsoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString nativeText(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace chorus::sql
