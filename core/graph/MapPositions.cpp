#include "MapPositions.h"

#include "storage/Workspace.h"

namespace chorus {

QVector<QPointF> MapPositions::inNodeOrder(const RelationshipGraph& g, const QHash<Id, QPointF>& stored) {
    QVector<QPointF> out;
    out.reserve(g.nodeCount());
    for (const GraphNode& n : g.nodes) {
        auto it = stored.constFind(n.personId);
        if (it == stored.cend())
            break;
        out.push_back(*it);
    }
    return out;
}

Result<QVector<QPointF>> MapPositions::ensure(Workspace& ws, const GraphAnalysis& analysis,
                                              const LayoutOptions& options, bool* laidOut) {
    if (laidOut)
        *laidOut = false;
    auto stored = ws.graph().positions();
    if (!stored)
        return stored.error();
    const RelationshipGraph& g = analysis.graph;
    if (QVector<QPointF> out = inNodeOrder(g, *stored); out.size() == g.nodeCount())
        return out;
    auto layout = MapLayout::run(g, *stored, options);
    if (!layout)
        return layout.error();
    QVector<NodePosition> rows;
    rows.reserve(layout->positions.size());
    for (qsizetype i = 0; i < layout->positions.size(); ++i)
        rows.push_back({layout->personIds[i], layout->positions[i].x(), layout->positions[i].y()});
    auto before = ws.graph().savePositions(rows);
    if (!before)
        return before.error();
    GraphAnalyzer::carryForward(ws.path(), *before);
    if (laidOut)
        *laidOut = true;
    return layout->positions;
}

} // namespace chorus
