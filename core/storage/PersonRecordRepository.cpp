#include "PersonRecordRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace chorus {
namespace {
struct Source {
    const char* table;
    const char* where; ///< one or more `?`, all bound to the person's id
};

// In restore order: parents before the rows that point at them.
constexpr Source kSources[] = {
    {"people", "id = ?"},
    {"identities", "person_id = ?"},
    {"person_topics", "person_id = ?"},
    {"person_tags", "person_id = ?"},
    {"reach_history", "person_id = ?"},
    {"ties", "person_a = ? OR person_b = ?"},
    {"participants", "person_id = ?"},
    {"attendance", "person_id = ?"},
    {"touchpoints", "person_id = ?"},
    {"notes", "person_id = ?"},
    {"follow_ups", "person_id = ?"},
    {"sources", "person_id = ?"},
    {"node_positions", "person_id = ?"},
    {"not_duplicates", "person_a = ? OR person_b = ?"},
    {"stance_changes", "person_id = ?"},
};
} // namespace

int PersonRecord::rowCount() const {
    int n = 0;
    for (const TableRows& t : tables)
        n += int(t.rows.size());
    return n;
}

Result<PersonRecord> PersonRecordRepository::snapshot(Id personId) const {
    PersonRecord record;
    record.personId = personId;
    for (const Source& source : kSources) {
        const QString where = QString::fromLatin1(source.where);
        QVariantList params;
        for (int i = where.count(QLatin1Char('?')); i > 0; --i)
            params << personId;
        auto rows = sql::select(
            m_db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(QString::fromLatin1(source.table), where),
            params);
        if (!rows)
            return rows.error();
        TableRows table;
        table.table = QString::fromLatin1(source.table);
        const QSqlRecord columns =
            m_db.cached(
                    QStringLiteral("SELECT * FROM %1 WHERE %2").arg(QString::fromLatin1(source.table), where))
                .record();
        for (int c = 0; c < columns.count(); ++c)
            table.columns << columns.fieldName(c);
        while (rows->next()) {
            QVariantList values;
            for (int c = 0; c < table.columns.size(); ++c)
                values << rows->value(c);
            table.rows.push_back(values);
        }
        if (table.table == QLatin1String("people") && table.rows.isEmpty())
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("People", "No person with id %1.").arg(personId));
        record.tables.push_back(table);
    }
    return record;
}

Status PersonRecordRepository::restore(const PersonRecord& record) {
    return restore(QVector<PersonRecord>{record});
}

Status PersonRecordRepository::restore(const QVector<PersonRecord>& records) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QVector<Id> touchedPeople;
    QVector<Id> restoredPeople;
    for (const PersonRecord& record : records) {
        touchedPeople << record.personId;
        restoredPeople << record.personId;
    }
    // Table by table across all records (every person's row first), so a tie between two of the people finds
    // both, and a row both records hold (that tie) goes in once.
    QVector<TableRows> tables;
    for (const PersonRecord& record : records) {
        for (const TableRows& table : record.tables) {
            auto it = std::find_if(tables.begin(), tables.end(),
                                   [&](const TableRows& t) { return t.table == table.table; });
            if (it == tables.end()) {
                tables.push_back(table);
                continue;
            }
            for (const QVariantList& values : table.rows) {
                if (!it->rows.contains(values))
                    it->rows.push_back(values);
            }
        }
    }
    for (const TableRows& table : tables) {
        // Putting a person's row back recorded a "created" stance row (migration 10's trigger); the
        // snapshot's own history replaces it.
        if (table.table == QLatin1String("stance_changes")) {
            QVariantList ids;
            for (Id id : restoredPeople)
                ids << id;
            if (auto st = sql::exec(m_db,
                                    QStringLiteral("DELETE FROM stance_changes WHERE person_id IN (%1)")
                                        .arg(sql::placeholders(ids.size())),
                                    ids);
                !st)
                return st;
        }
        if (table.rows.isEmpty())
            continue;
        const QString sqlText = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table.table, table.columns.join(QStringLiteral(", ")),
                                         sql::placeholders(table.columns.size()));
        for (const QVariantList& values : table.rows) {
            if (auto st = sql::exec(m_db, sqlText, values); !st) {
                return makeError(ErrorCode::Conflict,
                                 QCoreApplication::translate("People", "Cannot restore %1: %2")
                                     .arg(table.table, st.error().message));
            }
        }
        if (table.table == QLatin1String("ties")) {
            const int a = int(table.columns.indexOf(QStringLiteral("person_a")));
            const int b = int(table.columns.indexOf(QStringLiteral("person_b")));
            for (const QVariantList& values : table.rows)
                touchedPeople << values.at(a).toLongLong() << values.at(b).toLongLong();
        }
    }
    m_db.announce({Entity::Person, ChangeKind::Inserted, restoredPeople});
    m_db.announce({Entity::Person, ChangeKind::Updated, touchedPeople});
    return tx.commit();
}

} // namespace chorus
