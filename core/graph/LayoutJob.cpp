#include "LayoutJob.h"

#include "GraphAnalysis.h"
#include "GraphBuilder.h"
#include "storage/Workspace.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace chorus {

QFuture<LayoutSnapshot> LayoutJob::start(const QString& workspacePath, const GraphOptions& graphOptions,
                                         const LayoutOptions& layoutOptions) {
    return QtConcurrent::run([workspacePath, graphOptions, layoutOptions](QPromise<LayoutSnapshot>& promise) {
        promise.setProgressRange(0, layoutOptions.maxIterations);
        LayoutSnapshot final;
        final.done = true;
        final.maxIterations = layoutOptions.maxIterations;
        auto fail = [&](const Error& error) {
            final.error = error;
            promise.addResult(std::move(final));
        };
        auto ws = Workspace::open(workspacePath, Workspace::Options{});
        if (!ws)
            return fail(ws.error());
        auto graph = GraphBuilder(graphOptions).build(**ws, [&promise] { return !promise.isCanceled(); });
        if (!graph)
            return fail(graph.error());
        auto stored = (*ws)->graph().positions();
        if (!stored)
            return fail(stored.error());
        auto layout = MapLayout::run(*graph, *stored, layoutOptions,
                                     [&promise](int iteration, int max, const QVector<QPointF>& positions) {
                                         promise.setProgressValue(iteration);
                                         if (promise.isCanceled())
                                             return false;
                                         LayoutSnapshot live;
                                         live.iteration = iteration;
                                         live.maxIterations = max;
                                         live.positions = positions;
                                         promise.addResult(std::move(live));
                                         return true;
                                     });
        if (!layout)
            return fail(layout.error());
        QVector<NodePosition> rows;
        rows.reserve(layout->positions.size());
        for (qsizetype i = 0; i < layout->positions.size(); ++i)
            rows.push_back({layout->personIds[i], layout->positions[i].x(), layout->positions[i].y()});
        auto before = (*ws)->graph().savePositions(rows);
        if (!before)
            return fail(before.error());
        GraphAnalyzer::carryForward(workspacePath, *before);
        final.iteration = layout->iterations;
        final.converged = layout->converged;
        final.personIds = layout->personIds;
        final.positions = layout->positions;
        promise.setProgressValue(layoutOptions.maxIterations);
        promise.addResult(std::move(final));
    });
}

} // namespace chorus
