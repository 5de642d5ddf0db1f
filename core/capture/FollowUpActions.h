#pragma once

#include "model/FollowUp.h"
#include "util/Result.h"

#include <QVector>

namespace chorus {

class Workspace;

enum class FollowUpState { Overdue, DueToday, Upcoming, Done };
/// Where a follow-up stands on `today` (a snooze counts: see FollowUp::effectiveDue()).
FollowUpState followUpState(const FollowUp& followUp, const QDate& today);
QString followUpStateKey(FollowUpState state); ///< "overdue", "today", "upcoming", "done"

struct FollowUpCounts {
    int overdue = 0;
    int dueToday = 0;
    int upcoming = 0;
};

/// The follow-up list's one-key actions. Each returns the follow-up as it was, which restore() puts back
/// exactly (the list's QUndoCommand holds it).
class FollowUpActions final {
public:
    explicit FollowUpActions(Workspace& workspace)
        : m_workspace(workspace) {}

    Result<FollowUp> markDone(Id id);
    Result<FollowUp> reopen(Id id);
    /// Snooze until a date given as typed: "tomorrow", "next week", "friday", "+3d", ISO.
    Result<FollowUp> snooze(Id id, const QString& until);
    Result<FollowUp> snooze(Id id, const QDate& until);
    /// Put a follow-up back as it was (title, due date, snooze, done).
    Status restore(const FollowUp& before);
    /// Open follow-ups, overdue first, with where each stands today.
    Result<QVector<QPair<FollowUp, FollowUpState>>> openList(int limit = -1) const;
    Result<FollowUpCounts> counts() const;

private:
    Workspace& m_workspace;
};

} // namespace chorus
