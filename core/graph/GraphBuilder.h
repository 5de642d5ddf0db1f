#pragma once

#include "GraphOptions.h"
#include "RelationshipGraph.h"
#include "util/Result.h"

#include <functional>

namespace chorus {

class Workspace;

/// Builds the relationship graph from a workspace: people become nodes, ties, shared conversations and shared
/// events become weighted edges (see GraphOptions for the weighting).
class GraphBuilder final {
public:
    explicit GraphBuilder(GraphOptions options)
        : m_options(std::move(options)) {}

    /// `keepGoing` is called now and then; returning false cancels (ErrorCode::Cancelled).
    Result<RelationshipGraph> build(Workspace& ws, const std::function<bool()>& keepGoing = {}) const;

    /// The weight one tie contributes (exposed for tests and explanations).
    double tieWeight(double strength, int kind, const QDateTime& createdAt, const QDateTime& now) const;
    /// 0.5 ^ (age / half-life); 1 for future or unknown dates.
    double recency(const QDateTime& at, const QDateTime& now) const;

private:
    GraphOptions m_options;
};

} // namespace chorus
