#pragma once

#include "Database.h"
#include "model/Event.h"
#include "model/FollowUp.h"
#include "model/Note.h"
#include "model/Person.h"

#include <QHash>

namespace chorus {

/// Whole-workspace reads for the exporters (vCard, iCalendar): a few queries for everything, in id order, so
/// that exporting 100,000 people does not cost 400,000 statements.
class ExportRepository final {
public:
    explicit ExportRepository(Database& db)
        : m_db(db) {}

    /// Everyone except the user's own row, with identities (by platform, then id), topics and tags (by name),
    /// by id.
    Result<QVector<Person>> people() const;
    /// The notes about people, by person, oldest first (by id).
    Result<QHash<Id, QStringList>> personNotes() const;
    /// Every follow-up (open and done) with the person's name, by due date then id.
    Result<QVector<FollowUp>> followUps() const;
    /// Every event with its attendees, by start date then id.
    Result<QVector<Event>> events() const;

private:
    Database& m_db;
};

} // namespace chorus
