#include "MapLayer.h"

#include <QPainter>

namespace chorus {

MapLayer MapLayer::draw(MapScene scene, MapTransform transform, QSize size, qreal dpr, double zoom,
                        quint64 content) {
    // `scene` is this thread's copy; its index pointed at the caller's positions, so it is rebuilt here.
    scene.index.build(scene.positions);
    MapLayer layer;
    layer.image = QImage(size * dpr, QImage::Format_ARGB32_Premultiplied);
    layer.image.setDevicePixelRatio(dpr);
    layer.image.fill(Qt::white);
    QPainter p(&layer.image);
    MapScenePainter::paintLayer(p, scene, transform, QRectF(QPointF(0, 0), QSizeF(size)), zoom);
    layer.transform = transform;
    layer.content = content;
    return layer;
}

bool MapLayer::isCurrent(const MapTransform& now, quint64 currentContent, QSize pixelSize) const {
    return !image.isNull() && content == currentContent && transform == now && image.size() == pixelSize;
}

void MapLayer::paintThrough(QPainter& painter, const MapTransform& now) const {
    if (image.isNull())
        return;
    const double s = now.scale / transform.scale;
    const QPointF origin = now.offset - transform.offset * s;
    painter.save();
    painter.translate(origin);
    painter.scale(s, s);
    painter.drawImage(QPointF(0, 0), image);
    painter.restore();
}

void paintMapFrame(QPainter& painter, const MapScene& scene, const MapTransform& t, const MapLayer* layer,
                   const QRectF& area, double zoom, int selected, int hovered) {
    painter.fillRect(area, Qt::white);
    if (layer)
        layer->paintThrough(painter, t);
    else
        MapScenePainter::paintLayer(painter, scene, t, area, zoom);
    MapScenePainter::paintOverlay(painter, scene, t, area, zoom, selected, hovered);
    MapScenePainter::paintLegend(painter, scene, area);
}

} // namespace chorus
