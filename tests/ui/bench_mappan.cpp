// Not a test: prints the map view's frame times for docs/PERFORMANCE.md.
//   bench_mappan WORKSPACE   (the ties of a 100,000-people workspace: 100,000 nodes, 500,000 edges)
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
            if (fresh)
                canvas.invalidateLayer();
            canvas.repaint();
            ms << canvas.lastFrameMs();
        }
        print(bench::summarise(key, label, QStringLiteral("ms"), ms, target));
    };
    canvas.repaint(); // the first layer
    frames(QStringLiteral("pan_whole"), QStringLiteral("Pan, whole map in view (cached layer)"), false, 120,
           QPointF(3, 2), 33.0);
    frames(QStringLiteral("redraw_whole"), QStringLiteral("Full redraw, whole map in view"), true, 10,
           QPointF(0, 0), std::nullopt);
    canvas.zoomBy(8.0, QPointF(640, 400));
    // Let the view settle (its layer is redrawn 120 ms after the last zoom step), as it does between gestures.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    canvas.repaint();
    frames(QStringLiteral("pan_zoomed"), QStringLiteral("Pan, zoomed in 8x (cached layer)"), false, 120,
           QPointF(-4, 3), 33.0);
    frames(QStringLiteral("redraw_zoomed"), QStringLiteral("Full redraw, zoomed in 8x"), true, 10,
           QPointF(30, 0), std::nullopt);
    return 0;
}
