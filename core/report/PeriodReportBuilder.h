#pragma once

#include "ReportDocument.h"
#include "ReportRequest.h"
#include "ReportText.h"
#include "util/Result.h"

namespace chorus {
class Workspace;
}

namespace chorus::report {

/// The period report: what happened in [from, to], against the period of the same length before it.
class PeriodReportBuilder final {
public:
    static Result<ReportDocument> build(Workspace& ws, const ReportRequest& request,
                                        const Progress& progress);
};

/// [from 00:00 UTC, to + 1 day 00:00 UTC): a period of whole days as instants.
QDateTime periodStart(const QDate& from);
QDateTime periodEnd(const QDate& to);

} // namespace chorus::report
