#pragma once

#include "GraphOptions.h"
#include "MapLayout.h"

#include <QFuture>

#include <optional>

namespace chorus {

/// One report from a running layout: a live snapshot now and then, and a final one (done = true).
struct LayoutSnapshot {
    int iteration = 0;
    int maxIterations = 0;
    QVector<Id> personIds;      ///< set in the final snapshot (live ones share the node order)
    QVector<QPointF> positions; ///< indexed like the graph's nodes
    bool done = false;
    bool converged = false;
    std::optional<Error> error; ///< final snapshot only; ErrorCode::Cancelled when cancelled
};

/// Lays the map out off the calling thread: the worker opens its own connection to the workspace, builds the
/// graph, starts from the stored positions, runs ForceAtlas2 and stores the result (nothing is stored when
/// cancelled). Progress is 0..maxIterations; watch results with QFutureWatcher::resultReadyAt.
class LayoutJob final {
public:
    static QFuture<LayoutSnapshot> start(const QString& workspacePath, const GraphOptions& graphOptions = {},
                                         const LayoutOptions& layoutOptions = {});
};

} // namespace chorus
