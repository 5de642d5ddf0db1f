#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace chorus::sql {
namespace {
QString firstLine(const QString& sql) {
    QString s = sql.simplified();
    if (s.size() > 80)
        s = s.left(77) + QStringLiteral("...");
    return s;
}

template <typename Params> bool bindAndExec(QSqlQuery& q, const Params& params) {
    int i = 0;
    for (const QVariant& v : params)
        q.bindValue(i++, v);
    return q.exec();
}
} // namespace

Error error(const QSqlQuery& query, const QString& context) {
    const QSqlError e = query.lastError();
    QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("Storage", "%1 failed: %2").arg(context, detail));
}

Result<Rows> select(Database& db, const QString& sql, const QVariantList& params) {
    QSqlQuery& q = db.cached(sql);
    if (!bindAndExec(q, params))
        return error(q, firstLine(sql));
    return Rows(&q);
}

Result<Rows> select(Database& db, const QString& sql, std::initializer_list<QVariant> params) {
    QSqlQuery& q = db.cached(sql);
    if (!bindAndExec(q, params))
        return error(q, firstLine(sql));
    return Rows(&q);
}

Status exec(Database& db, const QString& sql, const QVariantList& params) {
    QSqlQuery& q = db.cached(sql);
    const bool ok = bindAndExec(q, params);
    if (!ok)
        return error(q, firstLine(sql));
    q.finish();
    return {};
}

Status exec(Database& db, const QString& sql, std::initializer_list<QVariant> params) {
    QSqlQuery& q = db.cached(sql);
    const bool ok = bindAndExec(q, params);
    if (!ok)
        return error(q, firstLine(sql));
    q.finish();
    return {};
}

Result<Id> insert(Database& db, const QString& sql, std::initializer_list<QVariant> params) {
    QSqlQuery& q = db.cached(sql);
    if (!bindAndExec(q, params))
        return error(q, firstLine(sql));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Result<int> modify(Database& db, const QString& sql, std::initializer_list<QVariant> params) {
    QSqlQuery& q = db.cached(sql);
    if (!bindAndExec(q, params))
        return error(q, firstLine(sql));
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

Result<QVariant> scalar(Database& db, const QString& sql, std::initializer_list<QVariant> params) {
    auto rows = select(db, sql, params);
    if (!rows)
        return rows.error();
    if (!rows->next())
        return QVariant();
    return rows->value(0);
}

QVariant epoch(const QDateTime& at) {
    return at.isValid() ? QVariant(at.toSecsSinceEpoch()) : QVariant();
}

QDateTime fromEpoch(const QVariant& value) {
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant isoDate(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate fromIsoDate(const QVariant& value) {
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalId(Id id) {
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString placeholders(qsizetype n) {
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

} // namespace chorus::sql
