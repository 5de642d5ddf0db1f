#pragma once

#include "GraphMetrics.h"

#include <QColor>

namespace chorus {

enum class NodeSizeMetric { PageRank, Degree, Betweenness, Uniform };
enum class NodeColouring { Community, Stance };

/// How the map draws nodes: shared by the map view, `chorus-cli map render` and the exports.
struct MapStyle {
    NodeSizeMetric size = NodeSizeMetric::PageRank;
    NodeColouring colour = NodeColouring::Community;
    int maxLabels = 40; ///< labels drawn for the most important nodes only
};

/// A distinct colour for a community (the largest twelve get the clearest ones; later ones repeat dimmed).
QColor communityColour(int community);
QColor stanceColour(Stance stance);
/// A node's colour under a style.
QColor nodeColour(const GraphNode& node, int community, const MapStyle& style);
/// The metric value a style sizes nodes by, normalised to 0..1 over the graph.
QVector<double> normalisedSizes(const GraphMetrics& metrics, NodeSizeMetric metric);
/// Node indexes by importance (the size metric, highest first): the order labels are given in.
QVector<int> byImportance(const QVector<double>& sizes);

QString nodeSizeMetricKey(NodeSizeMetric metric);
std::optional<NodeSizeMetric> nodeSizeMetricFromKey(const QString& key);

} // namespace chorus
