#pragma once

#include "CommunitySource.h"
#include "ReportRequest.h"
#include "ReportText.h"
#include "util/Result.h"

#include <QByteArray>

namespace chorus {
class Workspace;
}

namespace chorus::report {

/// The CSV tables of a report's scope (everyone for a period report, one person, or a community's members):
/// people with health, stance, topics, last touchpoint and their touchpoints in the period; or the
/// touchpoints themselves.
class CsvReport final {
public:
    static Result<QByteArray> build(Workspace& ws, const ReportRequest& request, const Progress& progress,
                                    CommunitySource* communities = nullptr);
};

} // namespace chorus::report
