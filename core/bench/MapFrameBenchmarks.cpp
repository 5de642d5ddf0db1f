#include "MapFrameBenchmarks.h"

#include "graph/GraphBuilder.h"
#include "graph/GraphMetrics.h"
#include "graph/MapLayout.h"
#include "graph/MapPositions.h"
#include "mapdraw/MapLayer.h"
#include "mapdraw/MapViewport.h"
#include "storage/Workspace.h"
#include "util/PoolThread.h"

#include <QElapsedTimer>
#include <QPainter>

namespace chorus::bench {
namespace {

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

/// Positions in node order: the stored ones when every node has one, else a short layout from them (not
/// stored).
Result<QVector<QPointF>> positionsFor(Workspace& ws, const RelationshipGraph& g, QString* origin) {
    auto stored = ws.graph().positions();
    if (!stored)
        return stored.error();
    LayoutOptions options;
    options.maxIterations = 25; // enough structure to draw; convergence is not what is measured here
    bool laidOut = false;
    auto positions = MapPositions::resolve(g, *stored, options, &laidOut);
    *origin = laidOut ? QStringLiteral("25 layout iterations") : QStringLiteral("stored layout");
    return positions;
}

/// The view of the Map page without its widget: a viewport, the scene, the cached layer and a screen image.
class OffscreenView {
public:
    OffscreenView(const MapScene& scene, QSize screen)
        : m_scene(scene)
        , m_screen(screen, QImage::Format_ARGB32_Premultiplied)
        , m_area(QPointF(0, 0), QSizeF(screen)) {
        m_viewport.fit(scene.index.bounds(), m_area.adjusted(30, 30, -30, -30));
    }
    MapViewport& viewport() { return m_viewport; }
    /// Draws the layer for the current view (what the view does once it settles) on a pool thread, as the Map
    /// page does (the figure includes the hand-over); milliseconds.
    double redrawLayer() {
        QElapsedTimer t;
        t.start();
        auto draw = [this] {
            m_layer =
                MapLayer::draw(m_scene, m_viewport.transform(), m_screen.size(), 1.0, m_viewport.zoom(), 1);
        };
        runOnPoolThread(draw);
        return msSince(t);
    }
    /// One frame from the cached layer; milliseconds.
    double frame() {
        QElapsedTimer t;
        t.start();
        QPainter p(&m_screen);
        paintMapFrame(p, m_scene, m_viewport.transform(), &m_layer, m_area, m_viewport.zoom(), -1, -1);
        p.end();
        return msSince(t);
    }

private:
    const MapScene& m_scene;
    QImage m_screen;
    QRectF m_area;
    MapViewport m_viewport;
    MapLayer m_layer;
};

} // namespace

Result<QVector<Figure>> measureMapFrames(const QString& path, QSize screen) {
    auto ws = Workspace::open(path, {});
    if (!ws)
        return ws.error();
    GraphOptions options;
    options.sources = SourceTies;
    auto graph = GraphBuilder(options).build(**ws);
    if (!graph)
        return graph.error();
    auto analysis = std::make_shared<GraphAnalysis>();
    analysis->graph = std::move(*graph);
    auto metrics = computeMetrics(analysis->graph); // sizes and colours come from them
    if (!metrics)
        return metrics.error();
    analysis->metrics = std::move(*metrics);
    QString origin;
    auto positions = positionsFor(**ws, analysis->graph, &origin);
    if (!positions)
        return positions.error();

    MapScene scene;
    scene.analysis = analysis;
    scene.positions = std::move(*positions);
    scene.rebuild();
    OffscreenView view(scene, screen);
    // (Short labels: the table cuts them at 48 characters.)
    const QString shape = QStringLiteral("%1 nodes, %2 edges")
                              .arg(analysis->graph.nodeCount())
                              .arg(analysis->graph.edgeCount());
    if (qEnvironmentVariableIsSet("CHORUS_BENCH_STAGES"))
        qInfo("  map frames: %s, %s, %dx%d", qPrintable(shape), qPrintable(origin), screen.width(),
              screen.height());

    QVector<Figure> figures;
    const auto ms = QStringLiteral("ms");
    const auto pan = [&](const QString& key, const QString& label, QPointF step) {
        QVector<double> frames;
        for (int i = 0; i < 120; ++i) {
            view.viewport().panBy(step);
            frames << view.frame();
        }
        figures << summarise(key, label, ms, frames, 33.0);
    };
    const auto redraw = [&](const QString& key, const QString& label, QPointF step) {
        QVector<double> redraws;
        for (int i = 0; i < 10; ++i) {
            view.viewport().panBy(step);
            redraws << view.redrawLayer();
        }
        figures << summarise(key, label, ms, redraws);
    };
    // Wheel gestures: 12 steps in, 12 out, as a mouse wheel sends them; then the view settles and the layer
    // is redrawn (off the frames: the Map page draws it on a worker thread for maps this big).
    const auto zoom = [&](const QString& key, const QString& label, QPointF anchor) {
        QVector<double> frames;
        for (int gesture = 0; gesture < 5; ++gesture) {
            for (int i = 0; i < 24; ++i) {
                view.viewport().zoomBy(i < 12 ? 1.15 : 1 / 1.15, anchor);
                frames << view.frame();
            }
            view.redrawLayer();
        }
        figures << summarise(key, label, ms, frames, 33.0);
    };
    const QPointF centre(screen.width() / 2.0, screen.height() / 2.0);
    view.redrawLayer();
    pan(QStringLiteral("map_frame_pan"), QStringLiteral("Map pan frame, whole map in view"), QPointF(3, 2));
    redraw(QStringLiteral("map_layer_redraw"), QStringLiteral("Map layer redraw (%1)").arg(shape),
           QPointF(0, 0));
    zoom(QStringLiteral("map_frame_zoom"), QStringLiteral("Map zoom frame, whole map in view"),
         QPointF(screen.width() * 500.0 / 1280.0, screen.height() * 300.0 / 800.0));
    view.viewport().zoomBy(8.0, centre);
    view.redrawLayer();
    pan(QStringLiteral("map_frame_pan_zoomed"), QStringLiteral("Map pan frame, zoomed in 8×"),
        QPointF(-4, 3));
    redraw(QStringLiteral("map_layer_redraw_zoomed"), QStringLiteral("Map layer redraw, zoomed in 8×"),
           QPointF(30, 0));
    zoom(QStringLiteral("map_frame_zoom_zoomed"), QStringLiteral("Map zoom frame, zoomed in 8×"), centre);
    return figures;
}

} // namespace chorus::bench
