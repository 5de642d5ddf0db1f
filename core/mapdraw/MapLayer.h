#pragma once

#include "MapScenePainter.h"

#include <QImage>

namespace chorus {

/// The cached edge-and-node layer of the map view: drawn for one transform and content, then shifted and
/// scaled while the user pans and zooms, until a fresh one is drawn for where the view settled.
struct MapLayer {
    QImage image;
    MapTransform transform;
    quint64 content = 0; ///< which version of the scene's content it shows (the view bumps it on changes)

    /// Draw the layer of `scene` seen through `transform` on a `size` screen (logical pixels) at `dpr`. Takes
    /// the scene by value and rebuilds its index, so it may run on any thread. The view draws it on a thread
    /// of Qt's global pool, where the raster engine fills in place: on the GUI thread it hands every large
    /// batch of spans to that pool and waits (138 ms for a 1,000-people layer there, 13 ms on the pool).
    static MapLayer draw(MapScene scene, MapTransform transform, QSize size, qreal dpr, double zoom,
                         quint64 content);
    /// True when this layer shows `content` through `now` at `pixelSize` (nothing to redraw).
    bool isCurrent(const MapTransform& now, quint64 content, QSize pixelSize) const;
    /// The layer as it looks through `now`: shifted and scaled from the transform it was drawn for.
    void paintThrough(QPainter& painter, const MapTransform& now) const;
};

/// One frame of the map view into `area`: white, then the layer (the cached one shifted and scaled, or drawn
/// afresh when `layer` is null, as exports do), the labels, selection and hovered node, and the legend.
void paintMapFrame(QPainter& painter, const MapScene& scene, const MapTransform& t, const MapLayer* layer,
                   const QRectF& area, double zoom, int selected, int hovered);

} // namespace chorus
