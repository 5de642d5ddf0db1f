#include "CaptureSession.h"

#include "dedupe/PersonMatcher.h"
#include "model/IdentityParsing.h"
#include "storage/Workspace.h"
#include "util/DateParsing.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Capture)
};

QStringList topicNames(const QString& text) {
    static const QRegularExpression separators(QStringLiteral(R"([,;\n]+)"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out << name;
    }
    return out;
}

constexpr int kDefaultFollowUpDays = 7;
} // namespace

Result<Id> CaptureSession::newDraft() {
    return m_workspace.drafts().create(m_eventId);
}

Status CaptureSession::setField(Id draftId, CaptureField field, const QString& value) {
    if (field != CaptureField::FollowUpDue)
        return m_workspace.drafts().setField(draftId, field, value);
    // Field and resolved date in one transaction, so a restart never sees one without the other.
    Transaction tx(m_workspace.database());
    if (!tx.started())
        return tx.started();
    if (auto st = m_workspace.drafts().setField(draftId, field, value); !st)
        return st;
    const auto due = parseNaturalDate(value, m_workspace.clock().now().date());
    if (auto st = m_workspace.drafts().setFollowUpDueOn(
            draftId, value.trimmed().isEmpty() ? QDate() : due.value_or(QDate()));
        !st)
        return st;
    return tx.commit();
}

Status CaptureSession::choosePerson(Id draftId, Id personId) {
    return m_workspace.drafts().setPerson(draftId, personId);
}

Result<QVector<CaptureDraft>> CaptureSession::openDrafts() const {
    return m_workspace.drafts().list(m_eventId);
}

Result<CaptureDraft> CaptureSession::draft(Id draftId) const {
    return m_workspace.drafts().get(draftId);
}

Result<Person> CaptureSession::personFromDraft(const CaptureDraft& d) const {
    Person p;
    p.name = d.value(CaptureField::Name).trimmed();
    p.organisation = d.value(CaptureField::Organisation).trimmed();
    p.role = d.value(CaptureField::Role).trimmed();
    p.location = d.value(CaptureField::Location).trimmed();
    auto identities = parseIdentityList(d.value(CaptureField::Handles));
    if (!identities)
        return identities.error();
    p.identities = *identities;
    for (const QString& topic : topicNames(d.value(CaptureField::Topics)))
        p.topics.push_back({0, topic, 1.0});
    const QString stance = d.value(CaptureField::Stance).trimmed();
    if (!stance.isEmpty()) {
        const auto s = stanceFromKey(stance);
        if (!s)
            return makeError(ErrorCode::Invalid, Tr::tr("Stance: \"%1\" is not one of %2.")
                                                     .arg(stance, stanceKeys().join(QStringLiteral(", "))));
        p.stance = *s;
    }
    return p;
}

Result<QVector<MatchCandidate>> CaptureSession::matches(Id draftId, int limit) const {
    auto d = m_workspace.drafts().get(draftId);
    if (!d)
        return d.error();
    Person p;
    p.name = d->value(CaptureField::Name);
    p.organisation = d->value(CaptureField::Organisation);
    // While typing, a half-typed handle is no error: match on the handles that already read well.
    for (const QString& part :
         d->value(CaptureField::Handles).split(QRegularExpression(QStringLiteral(R"([,;\n]+)")))) {
        if (auto identity = parseIdentityText(part))
            p.identities.push_back(*identity);
    }
    if (p.name.trimmed().isEmpty() && p.identities.isEmpty())
        return QVector<MatchCandidate>();
    return PersonMatcher(m_workspace).candidatesFor(p, limit, true);
}

QDateTime CaptureSession::meetingTime() const {
    const QDateTime now = m_workspace.clock().now();
    if (m_eventId <= 0)
        return now;
    auto event = m_workspace.events().get(m_eventId);
    if (!event)
        return now;
    // Captured after the event is over (the train home, the next morning): the meeting was on its last day.
    const QDate last = event->endsOn.isValid() ? event->endsOn : event->startsOn;
    if (last.isValid() && now.date() > last)
        return QDateTime(last, QTime(12, 0), Qt::UTC);
    return now;
}

Result<CaptureOutcome> CaptureSession::save(Id draftId) {
    auto d = m_workspace.drafts().get(draftId);
    if (!d)
        return d.error();
    auto typed = personFromDraft(*d);
    if (!typed)
        return typed.error();
    if (d->personId <= 0 && typed->name.isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Name: say who you met."));
    TouchpointKind kind = TouchpointKind::Met;
    if (const QString k = d->value(CaptureField::Kind).trimmed(); !k.isEmpty()) {
        const auto parsed = touchpointKindFromKey(k);
        if (!parsed)
            return makeError(ErrorCode::Invalid, Tr::tr("Kind: \"%1\" is not a kind of touchpoint.").arg(k));
        kind = *parsed;
    }
    const QString followUp = d->value(CaptureField::FollowUp).trimmed();
    const QString dueText = d->value(CaptureField::FollowUpDue).trimmed();
    const QDate today = m_workspace.clock().now().date();
    QDate due = d->followUpDueOn;
    if (!due.isValid() && !dueText.isEmpty()) {
        const auto parsed = parseNaturalDate(dueText, today);
        if (!parsed)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("Due: \"%1\" is not a date (try \"friday\", \"in 2 weeks\" or "
                                    "2026-12-01).")
                                 .arg(dueText));
        due = *parsed;
    }
    if (!followUp.isEmpty() && !due.isValid())
        due = today.addDays(kDefaultFollowUpDays);

    Transaction tx(m_workspace.database());
    if (!tx.started())
        return tx.started().error();
    CaptureOutcome out;
    if (d->personId > 0) {
        auto person = m_workspace.people().get(d->personId);
        if (!person)
            return person.error();
        // Attach to the existing person: add what they lack, never overwrite what is known.
        QSet<QString> have;
        for (const Identity& i : person->identities)
            have.insert(i.platform + QLatin1Char('\n') + normalizedHandle(i.platform, i.handle));
        for (const Identity& i : typed->identities) {
            const QString key = i.platform + QLatin1Char('\n') + normalizedHandle(i.platform, i.handle);
            if (!have.contains(key)) {
                have.insert(key);
                person->identities.push_back(i);
            }
        }
        for (const PersonTopic& t : typed->topics) {
            const bool known =
                std::any_of(person->topics.cbegin(), person->topics.cend(), [&t](const PersonTopic& x) {
                    return x.name.compare(t.name, Qt::CaseInsensitive) == 0;
                });
            if (!known)
                person->topics.push_back(t);
        }
        if (person->organisation.isEmpty())
            person->organisation = typed->organisation;
        if (person->role.isEmpty())
            person->role = typed->role;
        if (person->location.isEmpty())
            person->location = typed->location;
        if (person->stance == Stance::Unknown)
            person->stance = typed->stance;
        if (auto st = m_workspace.people().update(*person); !st)
            return st.error();
        out.personId = person->id;
    } else {
        auto id = m_workspace.people().add(*typed);
        if (!id)
            return id.error();
        out.personId = *id;
        out.createdPerson = true;
    }
    if (m_eventId > 0) {
        auto attendees = m_workspace.events().attendees(m_eventId);
        if (!attendees)
            return attendees.error();
        const bool attending =
            std::any_of(attendees->cbegin(), attendees->cend(),
                        [&out](const Attendance& a) { return a.personId == out.personId; });
        if (!attending) {
            if (auto st =
                    m_workspace.events().addAttendee(m_eventId, {out.personId, {}, AttendanceRole::Attendee});
                !st)
                return st.error();
        }
    }
    Touchpoint t;
    t.personId = out.personId;
    t.kind = kind;
    t.at = meetingTime();
    t.eventId = m_eventId;
    auto touchpoint = m_workspace.touchpoints().add(t);
    if (!touchpoint)
        return touchpoint.error();
    out.touchpointId = *touchpoint;
    if (const QString body = d->value(CaptureField::Note).trimmed(); !body.isEmpty()) {
        auto note = m_workspace.notes().add({0, NoteSubject::Person, out.personId, body, {}, {}});
        if (!note)
            return note.error();
        out.noteId = *note;
    }
    if (!followUp.isEmpty()) {
        FollowUp f;
        f.personId = out.personId;
        f.title = followUp;
        f.dueOn = due;
        f.touchpointId = out.touchpointId;
        auto id = m_workspace.followUps().add(f);
        if (!id)
            return id.error();
        out.followUpId = *id;
        out.followUpDue = due;
    }
    if (auto st = m_workspace.drafts().remove(draftId); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return out;
}

Status CaptureSession::discard(Id draftId) {
    return m_workspace.drafts().remove(draftId);
}

} // namespace chorus
