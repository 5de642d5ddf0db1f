#pragma once

#include "CommunitySource.h"
#include "ReportDocument.h"
#include "ReportText.h"

namespace chorus {
class Workspace;
}

namespace chorus::report {

/// Communities detected on the relationship map (core/graph), for community reports and the "map" section.
class GraphCommunities final : public CommunitySource {
public:
    explicit GraphCommunities(Workspace& ws)
        : m_ws(ws) {}
    Result<CommunityMembers> community(Id communityId) override;

    /// "Communities and the relationship map": the communities with their size and topics, and a picture of
    /// the map (laid out first if it never was).
    static Result<Section> mapSection(Workspace& ws, const Progress& progress);

private:
    Workspace& m_ws;
};

} // namespace chorus::report
