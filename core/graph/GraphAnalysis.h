#pragma once

#include "GraphMetrics.h"
#include "GraphOptions.h"
#include "RelationshipGraph.h"

#include <functional>
#include <memory>

namespace chorus {

class Workspace;

/// A built graph with its metrics, as of one workspace revision.
struct GraphAnalysis {
    QString workspacePath;
    qint64 revision = -1;
    RelationshipGraph graph;
    GraphMetrics metrics;
};

/// Builds and analyses the relationship graph, keeping recent results per (workspace file, revision, options)
/// so the map, the CLI and reports do not recompute them on every paint. Thread-safe; results are shared and
/// immutable.
class GraphAnalyzer final {
public:
    static Result<std::shared_ptr<const GraphAnalysis>>
    analyse(Workspace& ws, const GraphOptions& options = {}, const MetricsOptions& metrics = {},
            const std::function<bool()>& keepGoing = {}, bool* fromCache = nullptr);
    /// A write that changed nothing the graph depends on (stored positions) moved the revision from
    /// `before` to `before + 1`: keep the cached results valid.
    static void carryForward(const QString& workspacePath, qint64 before);
    static void clearCache();
};

} // namespace chorus
