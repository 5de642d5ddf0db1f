// Not a test: prints the map view's frame times (panning, zooming, full redraws) for docs/PERFORMANCE.md,
// through the real widget with its event loop and worker thread.
//   bench_mappan WORKSPACE   (the ties of a 100,000-people workspace: 100,000 nodes, 500,000 edges)
// The pan and zoom frames and the layer redraws are also measured by `chorus-cli bench` (core/mapdraw,
// offscreen, no widget); what only this driver measures is the widget's side of the worker-thread redraw: the
// frames painted while the layer is drawn on the worker, and the wall time until the new layer shows.
#include "bench/Figures.h"
#include "graph/GraphBuilder.h"
#include "graph/GraphMetrics.h"
#include "graph/MapLayout.h"
#include "map/MapCanvas.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QWindow>

#include <cstdio>

using namespace chorus;

namespace {
void print(const bench::Figure& f) {
    std::printf("%-58s median %8.2f %s   p95 %8.2f %s   (%d frames)\n", qPrintable(f.label), f.median,
                qPrintable(f.unit), f.p95, qPrintable(f.unit), f.runs);
}
} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_mappan WORKSPACE\n");
        return 2;
    }
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]), {});
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    GraphOptions options;
    options.sources = SourceTies;
    auto graph = GraphBuilder(options).build(**ws);
    if (!graph)
        return 1;
    auto analysis = std::make_shared<GraphAnalysis>();
    analysis->graph = std::move(*graph);
    analysis->metrics = *computeMetrics(analysis->graph);
    LayoutOptions layout;
    layout.maxIterations = 25; // enough structure for drawing; convergence is not what is measured here
    QElapsedTimer t;
    t.start();
    auto positions = MapLayout::run(analysis->graph, {}, layout);
    std::printf("%d nodes, %d edges; 25 layout iterations in %.1f s\n", analysis->graph.nodeCount(),
                analysis->graph.edgeCount(), double(t.elapsed()) / 1000.0);

    ui::MapCanvas canvas;
    canvas.resize(1280, 800);
    canvas.show();
    // Paint events reach the widget only once its window is exposed.
    QElapsedTimer exposing;
    exposing.start();
    while ((!canvas.windowHandle() || !canvas.windowHandle()->isExposed()) && exposing.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    canvas.setMap(analysis, positions->positions);

    auto frames = [&](const QString& key, const QString& label, bool fresh, int count, QPointF step,
                      std::optional<double> target) {
        QVector<double> ms;
        for (int i = 0; i < count; ++i) {
            canvas.panBy(step);
            ms << (fresh ? canvas.renderLayerNow() : (canvas.repaint(), canvas.lastFrameMs()));
        }
        print(bench::summarise(key, label, QStringLiteral("ms"), ms, target));
    };
    // Until the layer for the current view is on screen, painting as the event loop asks; the frames painted
    // meanwhile are the UI thread's cost while the layer is redrawn on the worker.
    auto settle = [&](QVector<double>* during) {
        QElapsedTimer waited;
        waited.start();
        double last = canvas.lastFrameMs();
        while ((canvas.isLayerPending() || waited.elapsed() < 150) && waited.elapsed() < 20000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (during && canvas.lastFrameMs() != last)
                *during << canvas.lastFrameMs();
            last = canvas.lastFrameMs();
        }
        return double(waited.elapsed());
    };
    // Wheel gestures: 12 steps in, 12 out, as a mouse wheel sends them, then the view settles.
    auto zoomGestures = [&](const QString& key, const QString& label, QPointF anchor) {
        QVector<double> ms, during, settled;
        for (int gesture = 0; gesture < 5; ++gesture) {
            for (int i = 0; i < 24; ++i) {
                canvas.zoomBy(i < 12 ? 1.15 : 1 / 1.15, anchor);
                canvas.repaint();
                ms << canvas.lastFrameMs();
            }
            settled << settle(&during);
        }
        print(bench::summarise(key, label, QStringLiteral("ms"), ms, 33.0));
        print(bench::summarise(key + QStringLiteral("_settling"),
                               label + QStringLiteral(", frames while the layer redraws"),
                               QStringLiteral("ms"), during, 33.0));
        print(bench::summarise(key + QStringLiteral("_settle"),
                               label + QStringLiteral(", until the new layer shows (wall)"),
                               QStringLiteral("ms"), settled, std::nullopt));
    };
    canvas.repaint(); // asks for the first layer
    settle(nullptr);
    frames(QStringLiteral("pan_whole"), QStringLiteral("Pan, whole map in view (cached layer)"), false, 120,
           QPointF(3, 2), 33.0);
    frames(QStringLiteral("redraw_whole"), QStringLiteral("Full redraw, whole map in view"), true, 10,
           QPointF(0, 0), std::nullopt);
    zoomGestures(QStringLiteral("zoom_whole"), QStringLiteral("Zoom frame, whole map in view"),
                 QPointF(500, 300));
    canvas.zoomBy(8.0, QPointF(640, 400));
    settle(nullptr); // the layer is redrawn 120 ms after the last zoom step, as between gestures
    frames(QStringLiteral("pan_zoomed"), QStringLiteral("Pan, zoomed in 8x (cached layer)"), false, 120,
           QPointF(-4, 3), 33.0);
    frames(QStringLiteral("redraw_zoomed"), QStringLiteral("Full redraw, zoomed in 8x"), true, 10,
           QPointF(30, 0), std::nullopt);
    zoomGestures(QStringLiteral("zoom_zoomed"), QStringLiteral("Zoom frame, zoomed in 8x"),
                 QPointF(640, 400));
    return 0;
}
