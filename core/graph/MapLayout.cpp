#include "MapLayout.h"

#include <QCoreApplication>

#include <cmath>
#include <random>

namespace chorus {

QVector<QPointF> MapLayout::initialPositions(const RelationshipGraph& graph, const QHash<Id, QPointF>& stored,
                                             quint64 seed, LayoutResult* counts) {
    const int n = graph.nodeCount();
    QVector<QPointF> pos(n);
    QVector<bool> placed(n, false);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int fromStore = 0, near = 0, random = 0;
    for (int i = 0; i < n; ++i) {
        auto it = stored.constFind(graph.nodes[i].personId);
        if (it != stored.cend() && std::isfinite(it->x()) && std::isfinite(it->y())) {
            pos[i] = *it;
            placed[i] = true;
            ++fromStore;
        }
    }
    // New nodes go beside their placed neighbours, pass after pass, so chains of new people follow too.
    if (fromStore > 0 && fromStore < n) {
        const auto adjacency = graph.adjacency();
        bool progress = true;
        while (progress) {
            progress = false;
            QVector<int> newlyPlaced;
            for (int i = 0; i < n; ++i) {
                if (placed[i])
                    continue;
                QPointF sum;
                int k = 0;
                for (int j : adjacency[i]) {
                    if (placed[j]) {
                        sum += pos[j];
                        ++k;
                    }
                }
                if (k == 0)
                    continue;
                const double angle = 2.0 * M_PI * unit(rng);
                pos[i] = sum / k + QPointF(std::cos(angle), std::sin(angle));
                newlyPlaced.push_back(i);
            }
            for (int i : newlyPlaced)
                placed[i] = true;
            near += int(newlyPlaced.size());
            progress = !newlyPlaced.isEmpty();
        }
    }
    // The rest: a seeded disc about as wide as a settled layout of this size.
    const double radius = 10.0 * std::sqrt(double(n)) + 1.0;
    for (int i = 0; i < n; ++i) {
        if (placed[i])
            continue;
        const double r = radius * std::sqrt(unit(rng));
        const double angle = 2.0 * M_PI * unit(rng);
        pos[i] = QPointF(r * std::cos(angle), r * std::sin(angle));
        ++random;
    }
    if (counts) {
        counts->fromStore = fromStore;
        counts->nearNeighbours = near;
        counts->placedRandomly = random;
    }
    return pos;
}

Result<LayoutResult> MapLayout::run(const RelationshipGraph& graph, const QHash<Id, QPointF>& stored,
                                    const LayoutOptions& options, const Progress& progress) {
    LayoutResult result;
    QVector<QPointF> start = initialPositions(graph, stored, options.seed, &result);
    ForceAtlas2 fa2(graph, std::move(start), options.forceAtlas2);
    const int n = graph.nodeCount();
    if (n > 0 && double(result.fromStore) >= options.refineShare * n)
        fa2.setInitialSpeed(0.01);
    int calm = 0;
    int it = 0;
    constexpr int kReportEvery = 20;
    while (n > 1 && it < options.maxIterations) {
        const double moved = fa2.step();
        ++it;
        const double spread = std::max(fa2.spread(), 1e-9);
        calm = moved < options.tolerance * spread ? calm + 1 : 0;
        if (calm >= options.settleIterations) {
            result.converged = true;
            break;
        }
        if (progress && it % kReportEvery == 0 && !progress(it, options.maxIterations, fa2.positions()))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("Graph", "The map layout was cancelled."));
    }
    if (n <= 1)
        result.converged = true;
    result.iterations = it;
    result.positions = fa2.positions();
    result.personIds.reserve(n);
    for (const GraphNode& node : graph.nodes)
        result.personIds.push_back(node.personId);
    if (progress)
        progress(it, options.maxIterations, result.positions);
    return result;
}

} // namespace chorus
