#include "GraphCommunities.h"

#include "graph/GraphAnalysis.h"
#include "graph/MapPositions.h"
#include "graph/MapRenderer.h"
#include "storage/Workspace.h"

namespace chorus::report {

Result<CommunityMembers> GraphCommunities::community(Id communityId) {
    auto analysis = GraphAnalyzer::analyse(m_ws);
    if (!analysis)
        return analysis.error();
    const GraphAnalysis& a = **analysis;
    const auto& communities = a.metrics.communities;
    const auto it = std::find_if(communities.begin(), communities.end(),
                                 [&](const Community& c) { return c.id == communityId; });
    if (it == communities.end())
        return makeError(ErrorCode::NotFound,
                         ReportTr::tr("There is no community %1 on the relationship map (there are %2).")
                             .arg(communityId)
                             .arg(communities.size()));
    CommunityMembers members;
    members.name = it->label;
    for (int node = 0; node < a.graph.nodeCount() && node < a.metrics.community.size(); ++node) {
        if (a.metrics.community[node] == communityId && node != a.graph.selfIndex())
            members.people << a.graph.nodes[node].personId;
    }
    return members;
}

Result<Section> GraphCommunities::mapSection(Workspace& ws, const Progress& progress) {
    // Above kFullMapPeople the whole map (ties, shared conversations and events: 2.4 million edges at 100,000
    // people) costs tens of seconds of igraph and layout; the report then draws the ties only, with a sampled
    // betweenness and one Leiden pass, and a bounded layout from the stored positions (docs/PERFORMANCE.md).
    auto people = ws.people().count(true);
    if (!people)
        return people.error();
    const bool bounded = *people > kFullMapPeople;
    GraphOptions options;
    MetricsOptions metrics;
    LayoutOptions layout;
    if (bounded) {
        options.sources = SourceTies;
        metrics.minBetweennessSamples = 1;
        metrics.maxBetweennessSamples = 1;
        metrics.betweennessBudget = 1.0;
        metrics.leidenIterations = 1;
        layout.maxIterations = 40;
    }
    auto analysis = GraphAnalyzer::analyse(ws, options, metrics, [&] { return advance(progress, 75); });
    if (!analysis)
        return analysis.error();
    const GraphAnalysis& a = **analysis;
    Section s{QStringLiteral("map"), ReportTr::tr("Communities and the relationship map"), {}};
    if (bounded)
        s.blocks.push_back(Paragraph{
            ReportTr::tr("With %L1 people, this map and its communities come from the ties alone (not shared "
                         "conversations or events), so community numbers differ from the Map page's.")
                .arg(*people)});
    Table t;
    t.headers = {ReportTr::tr("Community"), ReportTr::tr("People"), ReportTr::tr("Topics")};
    t.numeric = {false, true, false};
    t.emptyText = ReportTr::tr("No communities yet: add ties, conversations or events.");
    for (const Community& c : a.metrics.communities)
        t.rows.push_back({QStringLiteral("%1 (%2)").arg(c.label).arg(c.id), QString::number(c.size),
                          c.topics.join(QStringLiteral(", "))});
    s.blocks.push_back(t);
    auto positions = MapPositions::ensure(ws, a, layout);
    if (!positions)
        return positions.error();
    if (!positions->isEmpty()) {
        s.blocks.push_back(
            Picture{MapRenderer(a, *positions).image(QSize(1800, 1200)),
                    ReportTr::tr("The relationship map: %1 people, %2 relationships, %3 communities")
                        .arg(a.graph.nodeCount())
                        .arg(a.graph.edgeCount())
                        .arg(a.metrics.communities.size())});
    }
    return s;
}

} // namespace chorus::report
