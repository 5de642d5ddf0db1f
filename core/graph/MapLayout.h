#pragma once

#include "ForceAtlas2.h"
#include "RelationshipGraph.h"
#include "util/Result.h"

#include <QHash>
#include <QPointF>

#include <functional>

namespace chorus {

struct LayoutOptions {
    ForceAtlas2Settings forceAtlas2;
    int maxIterations = 2000;
    /// Converged when the mean displacement stays below tolerance × spread for settleIterations in a row.
    double tolerance = 0.0015;
    int settleIterations = 10;
    /// With at least this share of nodes at stored positions, the run starts slowly (a settled map stays
    /// put).
    double refineShare = 0.5;
    quint64 seed = 7; ///< for placing nodes without a stored position or a placed neighbour
};

struct LayoutResult {
    QVector<Id> personIds; ///< indexed like the graph's nodes
    QVector<QPointF> positions;
    int iterations = 0;
    bool converged = false;
    int fromStore = 0;      ///< nodes that started at their stored position
    int nearNeighbours = 0; ///< new nodes placed next to already placed neighbours
    int placedRandomly = 0; ///< new nodes with no placed neighbour
};

/// Runs ForceAtlas2 (Barnes–Hut) to convergence from stored positions: stored nodes start where they were,
/// new nodes start beside their neighbours, the rest at seeded random places. Deterministic for a given
/// graph, stored positions and seed.
class MapLayout final {
public:
    /// Called every few iterations with the current positions; returning false cancels.
    using Progress = std::function<bool(int iteration, int maxIterations, const QVector<QPointF>& positions)>;

    static Result<LayoutResult> run(const RelationshipGraph& graph, const QHash<Id, QPointF>& stored,
                                    const LayoutOptions& options = {}, const Progress& progress = {});

    /// The starting positions (exposed for tests).
    static QVector<QPointF> initialPositions(const RelationshipGraph& graph, const QHash<Id, QPointF>& stored,
                                             quint64 seed, LayoutResult* counts = nullptr);
};

} // namespace chorus
