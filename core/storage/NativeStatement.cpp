#include "NativeStatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

namespace chorus::sql {

NativeStatement::NativeStatement(Database& db, QByteArray sql)
    : m_db(db)
    , m_sql(std::move(sql)) {}

NativeStatement::~NativeStatement() {
    sqlite3_finalize(m_stmt);
}

Status NativeStatement::prepare() {
    if (m_stmt)
        return {};
    const QVariant handle = m_db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3* const*>(handle.constData())) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Storage", "The workspace connection is not SQLite."));
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (const int code = sqlite3_prepare_v3(m_handle, m_sql.constData(), int(m_sql.size()),
                                            SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
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
    QString context = QString::fromUtf8(m_sql.left(200)).simplified();
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
    // SQLITE_STATIC for insert(): its values live for the whole call, step included. Rows bound one by one
    // may be temporaries, so SQLite copies those.
    sqlite3_bind_text16(m_stmt, index, value.constData(), int(value.size() * sizeof(QChar)),
                        m_copyText ? SQLITE_TRANSIENT : SQLITE_STATIC);
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

QByteArray multiRowInsert(const char* head, int columns, int rows) {
    QByteArray group = "(";
    for (int c = 0; c < columns; ++c)
        group += c ? ", ?" : "?";
    group += ')';
    QByteArray sql(head);
    sql.reserve(sql.size() + rows * (group.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += ", ";
        sql += group;
    }
    return sql;
}

} // namespace chorus::sql
