#pragma once

#include "dedupe/MatchCandidate.h"
#include "model/CaptureDraft.h"
#include "model/Person.h"
#include "util/Result.h"

#include <QDate>

namespace chorus {

class Workspace;

/// What saving a capture draft stored.
struct CaptureOutcome {
    Id personId = 0;
    bool createdPerson = false;
    Id touchpointId = 0;
    Id noteId = 0;     ///< 0 without a note
    Id followUpId = 0; ///< 0 without a follow-up
    QDate followUpDue;
};

/// Event capture: "people I met", one draft per person, every field committed as it is typed so that nothing
/// is lost if the program is killed; likely existing matches while typing; saving turns a draft into a person
/// (new, or the chosen existing one) with handles, organisation, topics, a stance guess, a note, a touchpoint
/// at the event, attendance and an optional follow-up, in one transaction. Entirely local: works without a
/// network.
class CaptureSession final {
public:
    /// Capture at an event (eventId > 0; create one first with EventRepository::add) or without one (0).
    CaptureSession(Workspace& workspace, Id eventId)
        : m_workspace(workspace)
        , m_eventId(eventId) {}

    Id eventId() const { return m_eventId; }

    /// A new, empty draft for the next person.
    Result<Id> newDraft();
    /// Store one field as it now reads; committed before this returns. A due date is resolved as typed
    /// ("friday" means the Friday after the day it was typed).
    Status setField(Id draftId, CaptureField field, const QString& value);
    /// Attach the draft to an existing person (a chosen match); 0 goes back to creating a new person.
    Status choosePerson(Id draftId, Id personId);
    /// The drafts still open for this session's event (all drafts when it has none), oldest first: what to
    /// show again after a restart.
    Result<QVector<CaptureDraft>> openDrafts() const;
    Result<CaptureDraft> draft(Id draftId) const;
    /// Stored people who may be the one being typed (name, organisation, handles), best first.
    Result<QVector<MatchCandidate>> matches(Id draftId, int limit = 5) const;
    /// The person the draft describes, as typed (identities, topics, stance parsed); errors name the field.
    Result<Person> personFromDraft(const CaptureDraft& draft) const;
    /// Turn the draft into stored data (see the class comment) and delete it, in one transaction.
    Result<CaptureOutcome> save(Id draftId);
    Status discard(Id draftId);

private:
    QDateTime meetingTime() const;

    Workspace& m_workspace;
    Id m_eventId = 0;
};

} // namespace chorus
