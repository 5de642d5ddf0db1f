#pragma once

#include "Figures.h"
#include "util/Result.h"

namespace chorus::bench {

/// Building the relationship graph from the workspace, computing every metric on it, and both together
/// (what `chorus-cli map metrics` does), `runs` times each.
Result<QVector<Figure>> measureMapMetrics(const QString& path, int runs);

/// Laying out the ties-only graph of the workspace (10,000 people have 50,000 ties) to convergence from
/// scratch with our ForceAtlas2, and the same graph with graphviz's sfdp (when installed; the DOT file goes
/// to `dotPath`) and igraph's grid Fruchterman–Reingold, with the ratios.
Result<QVector<Figure>> measureMapLayout(const QString& path, const QString& dotPath, int runs);

} // namespace chorus::bench
