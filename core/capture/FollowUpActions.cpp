#include "FollowUpActions.h"

#include "storage/Workspace.h"
#include "util/DateParsing.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FollowUps)
};
} // namespace

FollowUpState followUpState(const FollowUp& f, const QDate& today) {
    if (!f.isOpen())
        return FollowUpState::Done;
    const QDate due = f.effectiveDue();
    if (due < today)
        return FollowUpState::Overdue;
    if (due == today)
        return FollowUpState::DueToday;
    return FollowUpState::Upcoming;
}

QString followUpStateKey(FollowUpState state) {
    switch (state) {
    case FollowUpState::Overdue:
        return QStringLiteral("overdue");
    case FollowUpState::DueToday:
        return QStringLiteral("today");
    case FollowUpState::Upcoming:
        return QStringLiteral("upcoming");
    case FollowUpState::Done:
        return QStringLiteral("done");
    }
    return {};
}

Result<FollowUp> FollowUpActions::markDone(Id id) {
    auto before = m_workspace.followUps().get(id);
    if (!before)
        return before;
    if (auto st = m_workspace.followUps().markDone(id); !st)
        return st.error();
    return before;
}

Result<FollowUp> FollowUpActions::reopen(Id id) {
    auto before = m_workspace.followUps().get(id);
    if (!before)
        return before;
    if (auto st = m_workspace.followUps().reopen(id); !st)
        return st.error();
    return before;
}

Result<FollowUp> FollowUpActions::snooze(Id id, const QString& until) {
    const auto date = parseNaturalDate(until, m_workspace.clock().now().date());
    if (!date)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Snooze: \"%1\" is not a date (try \"tomorrow\", \"next week\" or "
                                "2026-12-01).")
                             .arg(until.trimmed()));
    return snooze(id, *date);
}

Result<FollowUp> FollowUpActions::snooze(Id id, const QDate& until) {
    auto before = m_workspace.followUps().get(id);
    if (!before)
        return before;
    if (auto st = m_workspace.followUps().snooze(id, until); !st)
        return st.error();
    return before;
}

Status FollowUpActions::restore(const FollowUp& before) {
    return m_workspace.followUps().update(before);
}

Result<QVector<QPair<FollowUp, FollowUpState>>> FollowUpActions::openList(int limit) const {
    auto open = m_workspace.followUps().open(limit);
    if (!open)
        return open.error();
    const QDate today = m_workspace.clock().now().date();
    QVector<QPair<FollowUp, FollowUpState>> out;
    out.reserve(open->size());
    for (const FollowUp& f : *open)
        out.push_back({f, followUpState(f, today)});
    return out;
}

Result<FollowUpCounts> FollowUpActions::counts() const {
    auto list = openList();
    if (!list)
        return list.error();
    FollowUpCounts c;
    for (const auto& [f, state] : *list) {
        if (state == FollowUpState::Overdue)
            ++c.overdue;
        else if (state == FollowUpState::DueToday)
            ++c.dueToday;
        else if (state == FollowUpState::Upcoming)
            ++c.upcoming;
    }
    return c;
}

} // namespace chorus
