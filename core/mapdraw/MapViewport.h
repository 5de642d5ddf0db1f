#pragma once

#include "MapScenePainter.h"

#include <QRectF>

namespace chorus {

/// Where the map view looks: the transform from world to screen, and the scale at which the whole map fits
/// (zoom 1). Panning shifts the transform; zooming scales it about an anchor that stays put on screen.
class MapViewport final {
public:
    static constexpr double kMinZoom = 0.2;
    static constexpr double kMaxZoom = 400.0;

    /// Fit `world` (the map's bounds) into `area` (the screen, less a margin); a degenerate area resets.
    void fit(const QRectF& world, const QRectF& area);
    /// Back to the identity transform (an empty map).
    void reset();
    /// Zoom by `factor` (kept between kMinZoom and kMaxZoom of the fitted view) about `anchor` on screen.
    void zoomBy(double factor, const QPointF& anchor);
    void panBy(const QPointF& delta) { m_transform.offset += delta; }

    /// Zoom relative to the fitted view (1 = whole map in view).
    double zoom() const { return m_fitScale > 0 ? m_transform.scale / m_fitScale : 1.0; }
    const MapTransform& transform() const { return m_transform; }

private:
    MapTransform m_transform;
    double m_fitScale = 1;
};

} // namespace chorus
