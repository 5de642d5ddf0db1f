#pragma once

#include "RelationshipGraph.h"

namespace chorus {

/// Thins the edges that come only from shared conversations and events (no tie among their evidence): each
/// person keeps such edges to at most `perNode` of their strongest co-participants (ties broken by the lower
/// node index), and an edge survives when either end keeps it. Edges with a tie are always kept. So a graph
/// of n people gains at most perNode × n group edges however many threads they share. `perNode` <= 0 keeps
/// every edge. Call after RelationshipGraph::finish(); edges stay sorted.
void thinGroupEdges(RelationshipGraph& graph, int perNode);

} // namespace chorus
