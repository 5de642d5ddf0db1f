#pragma once

#include "ReportDocument.h"
#include "ReportText.h"
#include "util/Result.h"

#include <QDate>

namespace chorus {
class Workspace;
}

namespace chorus::report {

/// One dashboard chart: a stable key ("touchpoints") and the chart itself.
struct DashboardChart {
    QString key;
    Chart chart;
    QString summary; ///< one line under the chart ("72% done with people")
};

/// The dashboard's charts for the days [from, to]: touchpoints per week (do-with / do-to), health
/// distribution against the end of the previous period, people by stance over time (from the stance
/// history, per week or month), topic share of
/// the conversations joined, introductions and ties per week, follow-ups kept on time. A plain value, built
/// in a worker on its own Workspace.
class DashboardBuilder final {
public:
    static Result<QVector<DashboardChart>> build(Workspace& ws, const QDate& from, const QDate& to,
                                                 const Progress& progress = {});
};

} // namespace chorus::report
