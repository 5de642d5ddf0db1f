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

    /// Above this many people the map section is bounded (see mapSection()).
    static constexpr int kFullMapPeople = 20000;

    /// "Communities and the relationship map": the communities with their size and topics, and a picture of
    /// the map (laid out first if it never was). Above kFullMapPeople: from the ties only, with sampled
    /// metrics and a short layout run, so a 100,000-people report stays within seconds.
    static Result<Section> mapSection(Workspace& ws, const Progress& progress);

private:
    Workspace& m_ws;
};

} // namespace chorus::report
