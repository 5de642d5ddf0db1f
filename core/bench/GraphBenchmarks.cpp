#include "GraphBenchmarks.h"

#include "graph/GraphBuilder.h"
#include "graph/GraphMetrics.h"
#include "graph/Igraph.h"
#include "graph/MapLayout.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <ctime>
#include <sys/resource.h>

namespace chorus::bench {
namespace {

double seconds(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1.0e9;
}

// CPU seconds of this process (all its threads) and of its finished children: on a shared machine wall time
// says more about the neighbours than about the code.
double processCpu() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpu() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

Status writeDot(const RelationshipGraph& g, const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    QTextStream out(&f);
    out << "graph chorus {\n";
    for (int i = 0; i < g.nodeCount(); ++i)
        out << i << ";\n";
    for (const GraphEdge& e : g.edges)
        out << e.source << " -- " << e.target << ";\n";
    out << "}\n";
    return {};
}

} // namespace

Result<QVector<Figure>> measureMapMetrics(const QString& path, int runs) {
    auto ws = Workspace::open(path, {});
    if (!ws)
        return ws.error();
    QVector<double> build, metrics, total, cpu;
    QString shape;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = processCpu();
        auto g = GraphBuilder(GraphOptions{}).build(**ws);
        if (!g)
            return g.error();
        const double built = seconds(t);
        QElapsedTimer m;
        m.start();
        auto computed = computeMetrics(*g);
        if (!computed)
            return computed.error();
        metrics << seconds(m);
        if (qEnvironmentVariableIsSet("CHORUS_BENCH_STAGES")) {
            for (const auto& [stage, s] : computed->timings)
                qInfo("  %s: %.3f s", qPrintable(stage), s);
        }
        build << built;
        total << seconds(t);
        cpu << processCpu() - cpu0;
        shape =
            QStringLiteral("%1 nodes, %2 edges%3")
                .arg(g->nodeCount())
                .arg(g->edgeCount())
                .arg(computed->betweennessExact
                         ? QString()
                         : QStringLiteral(", betweenness from %1 sources").arg(computed->betweennessSamples));
    }
    const int people = [&] {
        auto n = (*ws)->people().count(true);
        return n ? *n : 0;
    }();
    const double target = people <= 20000 ? 1.0 : 10.0;
    return QVector<Figure>{
        summarise(QStringLiteral("map_build"), QStringLiteral("Map graph from the workspace (%1)").arg(shape),
                  QStringLiteral("s"), build),
        summarise(QStringLiteral("map_metrics"), QStringLiteral("Map metrics (igraph)"), QStringLiteral("s"),
                  metrics),
        summarise(QStringLiteral("map_metrics_total"), QStringLiteral("Map: build + metrics"),
                  QStringLiteral("s"), total, target),
        summarise(QStringLiteral("map_metrics_cpu"), QStringLiteral("Map: build + metrics, CPU time"),
                  QStringLiteral("s"), cpu, target)};
}

Result<QVector<Figure>> measureMapLayout(const QString& path, const QString& dotPath, int runs) {
    auto ws = Workspace::open(path, {});
    if (!ws)
        return ws.error();
    GraphOptions options;
    options.sources = SourceTies;
    auto g = GraphBuilder(options).build(**ws);
    if (!g)
        return g.error();
    const QString shape = QStringLiteral("%1 nodes, %2 edges").arg(g->nodeCount()).arg(g->edgeCount());
    QVector<double> ours, oursCpu;
    int iterations = 0;
    bool converged = false;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = processCpu();
        auto layout = MapLayout::run(*g, {});
        if (!layout)
            return layout.error();
        ours << seconds(t);
        oursCpu << processCpu() - cpu0;
        iterations = layout->iterations;
        converged = layout->converged;
    }
    QVector<Figure> figures;
    figures << summarise(
        QStringLiteral("layout_fa2"),
        QStringLiteral("Layout, ForceAtlas2 + Barnes-Hut (%1; %2 iterations%3)")
            .arg(shape)
            .arg(iterations)
            .arg(converged ? QStringLiteral(", converged") : QStringLiteral(", NOT converged")),
        QStringLiteral("s"), ours, 5.0);
    const double oursMedian = figures.last().median;
    figures << summarise(QStringLiteral("layout_fa2_cpu"),
                         QStringLiteral("Layout, ForceAtlas2, CPU time (all threads)"), QStringLiteral("s"),
                         oursCpu, 5.0);
    const double oursCpuMedian = figures.last().median;

    // igraph's grid Fruchterman–Reingold (500 iterations, its default), for the "measure before choosing"
    // note.
    {
        auto held = igraph::lock();
        igraph::Graph ig(*g);
        igraph_matrix_t res;
        igraph_matrix_init(&res, 0, 0);
        igraph_rng_seed(igraph_rng_default(), 7);
        QElapsedTimer t;
        t.start();
        const auto rc = igraph_layout_fruchterman_reingold(
            ig.get(), &res, false, 500, std::sqrt(double(g->nodeCount())), IGRAPH_LAYOUT_GRID, ig.weights(),
            nullptr, nullptr, nullptr, nullptr);
        const double fr = seconds(t);
        igraph_matrix_destroy(&res);
        if (rc == IGRAPH_SUCCESS)
            figures << summarise(QStringLiteral("layout_igraph_fr"),
                                 QStringLiteral("Layout, igraph grid Fruchterman-Reingold, 500 iterations"),
                                 QStringLiteral("s"), {fr});
    }

    const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (sfdp.isEmpty())
        return figures;
    if (auto st = writeDot(*g, dotPath); !st)
        return st.error();
    QVector<double> theirs, theirsCpu;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        const double cpu0 = childrenCpu();
        p.start(sfdp,
                {QStringLiteral("-Tplain"), QStringLiteral("-o"), QStringLiteral("/dev/null"), dotPath});
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            return makeError(
                ErrorCode::Io,
                QStringLiteral("sfdp failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError())));
        theirs << seconds(t);
        theirsCpu << childrenCpu() - cpu0;
    }
    figures << summarise(QStringLiteral("layout_sfdp"), QStringLiteral("Layout, graphviz sfdp, same graph"),
                         QStringLiteral("s"), theirs);
    const double sfdpMedian = figures.last().median;
    figures << summarise(QStringLiteral("layout_sfdp_cpu"), QStringLiteral("Layout, graphviz sfdp, CPU time"),
                         QStringLiteral("s"), theirsCpu);
    const double sfdpCpuMedian = figures.last().median;
    figures << summarise(QStringLiteral("layout_ratio"), QStringLiteral("sfdp / ForceAtlas2, wall time"),
                         QStringLiteral("x"), {oursMedian > 0 ? sfdpMedian / oursMedian : 0.0});
    figures << summarise(QStringLiteral("layout_ratio_cpu"), QStringLiteral("sfdp / ForceAtlas2, CPU time"),
                         QStringLiteral("x"), {oursCpuMedian > 0 ? sfdpCpuMedian / oursCpuMedian : 0.0});
    return figures;
}

} // namespace chorus::bench
