#include "QuickLog.h"

#include "storage/Workspace.h"
#include "util/DateParsing.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Capture)
};

constexpr int kDefaultFollowUpDays = 7;
} // namespace

Result<QuickLogPlan> QuickLog::prepare(const QuickLogEntry& entry) const {
    QuickLogPlan plan;
    const QDateTime now = m_workspace.clock().now();
    const auto at = parseNaturalDateTime(entry.when, now);
    if (!at)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("When: \"%1\" is not a time (try \"now\", \"yesterday\", \"2 days "
                                "ago\" or 2026-11-20T09:14).")
                             .arg(entry.when.trimmed()));
    plan.at = *at;
    plan.kind = entry.kind;
    if (!entry.kind && entry.note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Kind: choose what happened, or write a note."));
    if (!entry.followUp.trimmed().isEmpty()) {
        if (entry.followUpDue.trimmed().isEmpty()) {
            plan.followUpDue = now.date().addDays(kDefaultFollowUpDays);
        } else {
            const auto due = parseNaturalDate(entry.followUpDue, now.date());
            if (!due)
                return makeError(ErrorCode::Invalid,
                                 Tr::tr("Due: \"%1\" is not a date (try \"friday\", \"in 2 weeks\" "
                                        "or 2026-12-01).")
                                     .arg(entry.followUpDue.trimmed()));
            plan.followUpDue = *due;
        }
    } else if (!entry.followUpDue.trimmed().isEmpty()) {
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Follow-up: a due date was given but not what was promised."));
    }
    auto person = PersonResolver(m_workspace).resolve(entry.who);
    if (!person)
        return person.error();
    plan.person = *person;
    return plan;
}

Result<QuickLogResult> QuickLog::save(const QuickLogEntry& entry) {
    auto plan = prepare(entry);
    if (!plan)
        return plan.error();
    Transaction tx(m_workspace.database());
    if (!tx.started())
        return tx.started().error();
    QuickLogResult result;
    auto person = PersonResolver(m_workspace).resolveOrCreate(entry.who);
    if (!person)
        return person.error();
    result.plan = *plan;
    result.plan.person = *person;
    result.personId = person->personId;
    if (entry.kind) {
        Touchpoint t;
        t.personId = result.personId;
        t.kind = *entry.kind;
        t.direction = entry.direction;
        t.at = plan->at;
        t.conversationId = entry.conversationId;
        t.eventId = entry.eventId;
        t.note = entry.note.trimmed();
        auto id = m_workspace.touchpoints().add(t);
        if (!id)
            return id.error();
        result.touchpointId = *id;
    } else {
        auto id =
            m_workspace.notes().add({0, NoteSubject::Person, result.personId, entry.note.trimmed(), {}, {}});
        if (!id)
            return id.error();
        result.noteId = *id;
    }
    if (plan->followUpDue.isValid()) {
        FollowUp f;
        f.personId = result.personId;
        f.title = entry.followUp.trimmed();
        f.dueOn = plan->followUpDue;
        f.touchpointId = result.touchpointId;
        auto id = m_workspace.followUps().add(f);
        if (!id)
            return id.error();
        result.followUpId = *id;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace chorus
