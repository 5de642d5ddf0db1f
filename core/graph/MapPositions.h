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
    /// The same without storing: `stored` in node order when every node has one, else a layout run now from
    /// them (`laidOut` says which).
    static Result<QVector<QPointF>> resolve(const RelationshipGraph& g, const QHash<Id, QPointF>& stored,
                                            const LayoutOptions& options, bool* laidOut = nullptr);
};

} // namespace chorus
