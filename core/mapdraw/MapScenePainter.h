#pragma once

#include "MapSpatialIndex.h"
#include "graph/GraphAnalysis.h"
#include "graph/MapStyle.h"

#include <QPointF>
#include <QSet>

#include <memory>

class QPainter;

namespace chorus {

/// What the map view shows, with the lookups painting needs; rebuilt when the map or the style changes.
struct MapScene {
    std::shared_ptr<const GraphAnalysis> analysis;
    QVector<QPointF> positions;
    MapStyle style;
    MapSpatialIndex index;
    QVector<double> sizes;      ///< 0..1 per node, by the style's metric
    QVector<QRgb> colours;      ///< per node, by the style's colouring
    QVector<int> importance;    ///< node indexes, most important first (label order)
    QVector<int> edgesByWeight; ///< edge indexes, heaviest first (drawn first when capped)
    double maxWeight = 0;
    double nodeScale = 1;  ///< dots shrink as the map grows crowded
    QSet<int> highlighted; ///< search hits or a focused ego network; others are dimmed

    bool isEmpty() const { return !analysis || positions.isEmpty(); }
    int nodeCount() const { return int(positions.size()); }
    /// Recompute everything derived from the analysis, positions and style.
    void rebuild();
};

/// The view transform: screen = world × scale + offset.
struct MapTransform {
    double scale = 1;
    QPointF offset;
    QPointF toScreen(const QPointF& w) const { return w * scale + offset; }
    QPointF toWorld(const QPointF& s) const { return (s - offset) / scale; }
    bool operator==(const MapTransform& o) const { return scale == o.scale && offset == o.offset; }
};

/// Draws a MapScene: culled to the visible rectangle, edges batched by opacity band and capped (heaviest
/// first) so a 500,000-edge map stays interactive, nodes batched by colour when many are visible, and labels
/// only for the most important visible nodes that do not overlap.
class MapScenePainter final {
public:
    static constexpr int kMaxEdgesPerFrame = 60000;
    static constexpr int kMaxLabels = 50;

    /// Edges and nodes (the cacheable layer).
    static void paintLayer(QPainter& painter, const MapScene& scene, const MapTransform& t,
                           const QRectF& screen, double zoom);
    /// Labels, the selection and the hovered node (drawn over the layer every frame).
    static void paintOverlay(QPainter& painter, const MapScene& scene, const MapTransform& t,
                             const QRectF& screen, double zoom, int selected, int hovered);
    static void paintLegend(QPainter& painter, const MapScene& scene, const QRectF& screen);
    /// A node's radius on screen at this zoom (1 = fitted to the view).
    static double radius(const MapScene& scene, int node, double zoom);
};

} // namespace chorus
