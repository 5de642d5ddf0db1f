#pragma once

// Storage-internal helpers: prepare once, bind positionally, execute, and turn failures into Errors.
// Nothing outside core/storage includes this file.

#include "Database.h"
#include "model/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace chorus::sql {

/// The rows of one executed SELECT; finishes the statement when it goes away so no read lock lingers.
class Rows final {
public:
    explicit Rows(QSqlQuery* query)
        : m_query(query) {}
    Rows(Rows&& other) noexcept
        : m_query(std::exchange(other.m_query, nullptr)) {}
    Rows& operator=(Rows&&) = delete;
    ~Rows() {
        if (m_query)
            m_query->finish();
    }

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    double real(int column) const { return m_query->value(column).toDouble(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    bool isNull(int column) const { return m_query->isNull(column); }

private:
    QSqlQuery* m_query;
};

Error error(const QSqlQuery& query, const QString& context);

/// Run a SELECT with positional parameters.
Result<Rows> select(Database& db, const QString& sql, std::initializer_list<QVariant> params = {});
Result<Rows> select(Database& db, const QString& sql, const QVariantList& params);
/// Run a statement that returns no rows.
Status exec(Database& db, const QString& sql, std::initializer_list<QVariant> params = {});
Status exec(Database& db, const QString& sql, const QVariantList& params);
/// Run an INSERT and return the new row id.
Result<Id> insert(Database& db, const QString& sql, std::initializer_list<QVariant> params);
/// Run an UPDATE or DELETE and return how many rows it changed.
Result<int> modify(Database& db, const QString& sql, std::initializer_list<QVariant> params);
/// First column of the first row, or a null QVariant when there is no row.
Result<QVariant> scalar(Database& db, const QString& sql, std::initializer_list<QVariant> params = {});

// Value conversions between the domain and the columns.
QVariant epoch(const QDateTime& at);        ///< seconds since 1970 UTC, or NULL
QDateTime fromEpoch(const QVariant& value); ///< UTC, null for NULL
QVariant isoDate(const QDate& date);        ///< 'YYYY-MM-DD', or NULL
QDate fromIsoDate(const QVariant& value);
QVariant optionalId(Id id);          ///< NULL for 0
QVariant text(const QString& value); ///< never NULL: '' for a null QString

/// "?, ?, ?" with n placeholders, for IN lists built from bound values.
QString placeholders(qsizetype n);

} // namespace chorus::sql
