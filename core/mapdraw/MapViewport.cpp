#include "MapViewport.h"

#include <algorithm>

namespace chorus {

void MapViewport::fit(const QRectF& world, const QRectF& area) {
    if (area.width() <= 0 || area.height() <= 0) {
        reset();
        return;
    }
    const double w = std::max(world.width(), 1e-6), h = std::max(world.height(), 1e-6);
    m_fitScale = std::min(area.width() / w, area.height() / h);
    m_transform.scale = m_fitScale;
    m_transform.offset = area.center() - world.center() * m_fitScale;
}

void MapViewport::reset() {
    m_transform = {};
    m_fitScale = 1;
}

void MapViewport::zoomBy(double factor, const QPointF& anchor) {
    const double next = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    factor = next / zoom();
    const QPointF world = m_transform.toWorld(anchor);
    m_transform.scale *= factor;
    m_transform.offset = anchor - world * m_transform.scale;
}

} // namespace chorus
