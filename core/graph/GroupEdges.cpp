#include "GroupEdges.h"

#include <algorithm>
#include <vector>

namespace chorus {

void thinGroupEdges(RelationshipGraph& graph, int perNode) {
    if (perNode <= 0 || graph.edges.isEmpty())
        return;
    auto& edges = graph.edges;
    const int n = graph.nodeCount();
    const auto groupOnly = [](const GraphEdge& e) {
        return (e.kinds & EdgeTie) == 0;
    };
    // The group-only edges of every node, in compressed rows (two passes, no per-node allocation).
    std::vector<int> start(size_t(n) + 1, 0);
    for (const GraphEdge& e : edges) {
        if (groupOnly(e)) {
            ++start[size_t(e.source) + 1];
            ++start[size_t(e.target) + 1];
        }
    }
    for (int i = 0; i < n; ++i)
        start[size_t(i) + 1] += start[size_t(i)];
    std::vector<int> incident(static_cast<size_t>(start[size_t(n)]));
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (int k = 0; k < int(edges.size()); ++k) {
        if (groupOnly(edges[k])) {
            incident[size_t(fill[size_t(edges[k].source)]++)] = k;
            incident[size_t(fill[size_t(edges[k].target)]++)] = k;
        }
    }
    // Edge indexes follow (source, target) order, so the lower index breaks equal weights deterministically.
    const auto stronger = [&edges](int l, int r) {
        return edges[l].weight != edges[r].weight ? edges[l].weight > edges[r].weight : l < r;
    };
    std::vector<char> keep(size_t(edges.size()), 0);
    for (int i = 0; i < n; ++i) {
        const auto first = incident.begin() + start[size_t(i)];
        const auto last = incident.begin() + start[size_t(i) + 1];
        if (last - first > perNode)
            std::nth_element(first, first + (perNode - 1), last, stronger);
        for (auto it = first; it != last && it - first < perNode; ++it)
            keep[size_t(*it)] = 1;
    }
    qsizetype out = 0;
    for (qsizetype k = 0; k < edges.size(); ++k) {
        if (!groupOnly(edges[k]) || keep[size_t(k)])
            edges[out++] = edges[k];
    }
    edges.resize(out);
}

} // namespace chorus
