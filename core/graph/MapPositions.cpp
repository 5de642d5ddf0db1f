#include "MapPositions.h"

#include "storage/Workspace.h"

namespace chorus {

Result<QVector<QPointF>> MapPositions::resolve(const RelationshipGraph& g, const QHash<Id, QPointF>& stored,
                                               const LayoutOptions& options, bool* laidOut) {
    if (laidOut)
        *laidOut = false;
    QVector<QPointF> out;
    out.reserve(g.nodeCount());
    for (const GraphNode& n : g.nodes) {
        auto it = stored.constFind(n.personId);
        if (it == stored.cend())
            break;
        out.push_back(*it);
    }
    if (out.size() == g.nodeCount())
        return out;
    auto layout = MapLayout::run(g, stored, options);
    if (!layout)
        return layout.error();
    if (laidOut)
        *laidOut = true;
    return layout->positions;
}

Result<QVector<QPointF>> MapPositions::ensure(Workspace& ws, const GraphAnalysis& analysis,
                                              const LayoutOptions& options, bool* laidOut) {
    auto stored = ws.graph().positions();
    if (!stored)
        return stored.error();
    const RelationshipGraph& g = analysis.graph;
    bool ran = false;
    auto positions = resolve(g, *stored, options, &ran);
    if (laidOut)
        *laidOut = ran;
    if (!positions || !ran)
        return positions;
    QVector<NodePosition> rows;
    rows.reserve(positions->size());
    for (qsizetype i = 0; i < positions->size(); ++i)
        rows.push_back({g.nodes[i].personId, positions->at(i).x(), positions->at(i).y()});
    auto before = ws.graph().savePositions(rows);
    if (!before)
        return before.error();
    GraphAnalyzer::carryForward(ws.path(), *before);
    return positions;
}

} // namespace chorus
