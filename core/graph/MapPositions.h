#pragma once

#include "GraphAnalysis.h"
#include "MapLayout.h"

namespace chorus {

class Workspace;

/// Positions for every node of an analysis, in node order: the stored ones when every node has one, otherwise
/// a layout run now (from the stored positions) and stored. For the command line and exports; the map view
/// runs LayoutJob in the background instead.
class MapPositions final {
public:
    static Result<QVector<QPointF>> ensure(Workspace& ws, const GraphAnalysis& analysis,
                                           const LayoutOptions& options = {}, bool* laidOut = nullptr);
    /// The stored positions in node order, stopping at the first node without one (so shorter than the
    /// graph when the layout is incomplete).
    static QVector<QPointF> inNodeOrder(const RelationshipGraph& g, const QHash<Id, QPointF>& stored);
};

} // namespace chorus
