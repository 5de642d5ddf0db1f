#pragma once

#include "CommunitySource.h"
#include "ReportDocument.h"
#include "ReportRequest.h"
#include "ReportText.h"
#include "util/Result.h"

namespace chorus {
class Workspace;
}

namespace chorus::report {

/// A report on one community: the people who care about a topic (request.topicId) or a community the
/// relationship map detected (request.communityId, through a CommunitySource).
class CommunityReportBuilder final {
public:
    static Result<ReportDocument> build(Workspace& ws, const ReportRequest& request, const Progress& progress,
                                        CommunitySource* communities = nullptr);
    /// The members and name of the community a request is about (also used by the CSV export).
    static Result<CommunityMembers> members(Workspace& ws, const ReportRequest& request,
                                            CommunitySource* communities);
    /// How many member rows HTML and PDF list (CSV lists every member).
    static constexpr int kMemberRows = 200;
};

} // namespace chorus::report
