#pragma once

#include "ReportDocument.h"
#include "storage/StanceHistoryRepository.h"
#include "util/Result.h"

namespace chorus {
class Workspace;
}

namespace chorus::report {

/// People by stance at the end of each week (periods up to 16 weeks) or month (longer ones) of [from, to),
/// from the stance history.
struct StanceTimeline {
    bool monthly = false;
    QVector<QDate> starts;        ///< each bucket's first day
    QVector<StanceCounts> counts; ///< people by stance at each bucket's end
};

Result<StanceTimeline> stanceTimeline(Workspace& ws, const QDateTime& from, const QDateTime& to);
/// A stacked bar per bucket, one series per stance (unknown left out: it says nothing about movement).
Chart stanceTimelineChart(const StanceTimeline& timeline);

/// Who moved along sceptic → neutral → supporter → advocate → champion in the period.
struct StanceMoves {
    int forward = 0;  ///< people whose last stance in the period is further along than their first
    int backward = 0; ///< people who ended further back
    int changes = 0;  ///< every change, steps there and back included
};
StanceMoves countMoves(const QVector<StanceChange>& changes);

/// The period report's "stance movement" section: key figures, the chart over time, each step (from → to)
/// with how many people took it and their names, and the people who moved.
Section stanceMovementSection(const QVector<StanceChange>& changes, const StanceTimeline& timeline, int topN);

} // namespace chorus::report
