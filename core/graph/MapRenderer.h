#pragma once

#include "GraphAnalysis.h"
#include "MapStyle.h"

#include <QImage>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace chorus {

/// Draws a laid-out relationship map with QPainter: edges batched by opacity, nodes sized and coloured by the
/// style, labels for the most important nodes where they do not overlap, and a legend. Used headless by
/// `chorus-cli map render` and by the map view's export.
class MapRenderer final {
public:
    MapRenderer(const GraphAnalysis& analysis, const QVector<QPointF>& positions, MapStyle style = {});

    /// The positions' bounding box.
    QRectF bounds() const;
    /// Draw the whole map fitted into `target`.
    void paint(QPainter& painter, const QRectF& target) const;
    /// The whole map as a white-backed picture of `size` pixels, painted on a pool thread (runOnPoolThread:
    /// elsewhere Qt's raster engine hands every batch of spans to the pool and waits for it).
    QImage image(const QSize& size) const;
    /// Write PNG, SVG or PDF by the file's extension (PNG and PDF through QPainter, SVG as plain XML),
    /// replacing the file whole or not at all.
    Status renderToFile(const QString& path, int width, int height) const;

private:
    void paintLegend(QPainter& painter, const QRectF& target) const;
    Status writeSvg(const QString& path, int width, int height) const;

    const GraphAnalysis& m_analysis;
    const QVector<QPointF>& m_positions;
    MapStyle m_style;
    QVector<double> m_sizes;
};

} // namespace chorus
