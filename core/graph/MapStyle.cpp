#include "MapStyle.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chorus {

QColor communityColour(int community) {
    // Tableau-like qualitative palette: readable on white, distinct for the common colour blindnesses.
    static const QRgb palette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948,
                                   0xb07aa1, 0xff9da7, 0x9c755f, 0x2f4b7c, 0x8cd17d, 0xd37295};
    constexpr int count = int(sizeof(palette) / sizeof(palette[0]));
    if (community < 0)
        return QColor(0xa0a0a0);
    QColor c(palette[community % count]);
    return community < count ? c : c.lighter(140);
}

QColor stanceColour(Stance stance) {
    switch (stance) {
    case Stance::Champion:
        return QColor(0x1a7f37);
    case Stance::Advocate:
        return QColor(0x4caf50);
    case Stance::Supporter:
        return QColor(0x9ccc65);
    case Stance::Neutral:
        return QColor(0x9e9e9e);
    case Stance::Sceptic:
        return QColor(0xd84315);
    case Stance::Unknown:
        break;
    }
    return QColor(0xc8c8c8);
}

QColor nodeColour(const GraphNode& node, int community, const MapStyle& style) {
    if (node.isSelf)
        return QColor(0x202020);
    return style.colour == NodeColouring::Stance ? stanceColour(node.stance) : communityColour(community);
}

QVector<double> normalisedSizes(const GraphMetrics& metrics, NodeSizeMetric metric) {
    QVector<double> v;
    switch (metric) {
    case NodeSizeMetric::PageRank:
        v = metrics.pageRank;
        break;
    case NodeSizeMetric::Degree:
        v.reserve(metrics.degree.size());
        for (int d : metrics.degree)
            v.push_back(d);
        break;
    case NodeSizeMetric::Betweenness:
        v = metrics.betweenness;
        break;
    case NodeSizeMetric::Uniform:
        v.fill(0.5, metrics.degree.size());
        return v;
    }
    // Scale to the 99th percentile, not the maximum: one hub (often the user) must not shrink everyone else.
    QVector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    const double top = sorted.isEmpty() ? 0 : sorted[qsizetype(0.99 * double(sorted.size() - 1))];
    // Square root: areas, not radii, should follow the metric.
    for (double& x : v)
        x = top > 0 ? std::sqrt(std::min(1.0, std::max(0.0, x) / top)) : 0.0;
    return v;
}

QVector<int> byImportance(const QVector<double>& sizes) {
    QVector<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&sizes](int a, int b) { return sizes[a] > sizes[b]; });
    return order;
}

QString nodeSizeMetricKey(NodeSizeMetric metric) {
    switch (metric) {
    case NodeSizeMetric::PageRank:
        return QStringLiteral("pagerank");
    case NodeSizeMetric::Degree:
        return QStringLiteral("degree");
    case NodeSizeMetric::Betweenness:
        return QStringLiteral("betweenness");
    case NodeSizeMetric::Uniform:
        break;
    }
    return QStringLiteral("uniform");
}

std::optional<NodeSizeMetric> nodeSizeMetricFromKey(const QString& key) {
    for (NodeSizeMetric m : {NodeSizeMetric::PageRank, NodeSizeMetric::Degree, NodeSizeMetric::Betweenness,
                             NodeSizeMetric::Uniform}) {
        if (nodeSizeMetricKey(m) == key)
            return m;
    }
    return std::nullopt;
}

} // namespace chorus
