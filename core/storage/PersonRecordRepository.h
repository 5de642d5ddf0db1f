#pragma once

#include "Database.h"
#include "model/Ids.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace chorus {

/// Every stored row of one table that belongs to a person, column by column.
struct TableRows {
    QString table;
    QStringList columns;
    QVector<QVariantList> rows;
};

/// Everything that references one person: their row, identities, topics, tags, reach history, ties,
/// participation, attendance, touchpoints, notes, follow-ups, sources, map position, not-duplicate marks and
/// stance history.
/// Used to undo a delete or a merge exactly (same ids) and to export everything held about someone (subject
/// access).
struct PersonRecord {
    Id personId = 0;
    QVector<TableRows> tables;

    int rowCount() const;
};

class PersonRecordRepository final {
public:
    explicit PersonRecordRepository(Database& db)
        : m_db(db) {}

    Result<PersonRecord> snapshot(Id personId) const;
    /// Put a snapshot back with its original ids, in one transaction. Fails (changing nothing) if any of
    /// those ids has been taken since, or a row it points at (a conversation, an event, the other person of a
    /// tie) is gone.
    Status restore(const PersonRecord& record);
    /// Several records at once (the two people of a merge): every person's row goes in first, and a row that
    /// more than one record holds (a tie between them) goes in once.
    Status restore(const QVector<PersonRecord>& records);

private:
    Database& m_db;
};

} // namespace chorus
