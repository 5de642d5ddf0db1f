#pragma once

#include "Database.h"
#include "model/CaptureDraft.h"
#include "util/Clock.h"

#include <QVector>

namespace chorus {

/// Event-capture drafts. Every write is its own committed statement (outside a transaction it is durable at
/// once), so a draft survives the program being killed mid-entry.
class CaptureDraftRepository final {
public:
    CaptureDraftRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    /// A new empty draft, at an event (eventId > 0) or without one.
    Result<Id> create(Id eventId);
    /// Store one field as it is now (an empty value clears it).
    Status setField(Id draftId, CaptureField field, const QString& value);
    /// The follow-up's due date as resolved when typed (null clears it).
    Status setFollowUpDueOn(Id draftId, const QDate& dueOn);
    /// Attach the draft to an existing person (0: a new person).
    Status setPerson(Id draftId, Id personId);
    Result<CaptureDraft> get(Id draftId) const;
    /// Open drafts, oldest first: of one event (eventId > 0), or all (eventId = 0).
    Result<QVector<CaptureDraft>> list(Id eventId = 0) const;
    Status remove(Id draftId);

private:
    Status checkChanged(const Result<int>& changed, Id draftId) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus
