#pragma once

#include "RelationshipGraph.h"
#include "util/Result.h"

#include <QStringList>

#include <functional>

namespace chorus {

struct MetricsOptions {
    /// Betweenness is exact (Brandes) up to this many nodes; above it, it is estimated from a seeded sample
    /// of source nodes (Brandes–Pich) and scaled by nodes / samples so the figures keep the exact scale.
    int exactBetweennessLimit = 5000;
    /// Work budget for the estimate, in edge visits: samples = clamp(budget / edges, min, max).
    double betweennessBudget = 1.5e7;
    int minBetweennessSamples = 16;
    int maxBetweennessSamples = 512;
    quint64 seed = 20261206;  ///< for community detection and betweenness sampling
    double resolution = 1.0;  ///< modularity resolution of the community detection
    int leidenIterations = 0; ///< 0: two passes, one above a million edges
    int brokerCount = 20;
    int egoDepth = 1; ///< 1 or 2
};

/// A community found by Leiden modularity optimisation, labelled by its members' dominant topics.
struct Community {
    int id = 0; ///< 0 is the largest
    int size = 0;
    QString label;      ///< "Rust & WebAssembly", or "Community 3" without topics
    QStringList topics; ///< dominant topics, strongest first
    double internalWeight = 0;
    double externalWeight = 0;
};

/// A person whose ties reach into other communities, ranked by betweenness.
struct Broker {
    int node = 0;
    double betweenness = 0;
    int communitiesReached = 0; ///< other communities among the neighbours
};

/// Everything the map and `chorus-cli map metrics` show, indexed like RelationshipGraph::nodes.
struct GraphMetrics {
    QVector<int> degree;
    QVector<double> strength; ///< weighted degree
    QVector<double> pageRank; ///< weighted, damping 0.85, sums to 1
    QVector<double> betweenness;
    bool betweennessExact = true;
    int betweennessSamples = 0; ///< source nodes sampled when not exact
    QVector<int> community;
    double modularity = 0;
    QVector<Community> communities;
    QVector<Broker> brokers; ///< the user excluded: the user bridges everything they touch
    QVector<int> egoNetwork; ///< the user's node and its neighbours to MetricsOptions::egoDepth
    int components = 0;
    int isolated = 0;                        ///< people with no edge
    QVector<QPair<QString, double>> timings; ///< CPU seconds per stage, for benchmarks
};

/// Computes every metric with igraph. `keepGoing` returning false cancels (ErrorCode::Cancelled).
Result<GraphMetrics> computeMetrics(const RelationshipGraph& graph, const MetricsOptions& options = {},
                                    const std::function<bool()>& keepGoing = {});

/// Labels and brokers from a membership (split out so tests can give a membership by hand).
QVector<Community> describeCommunities(const RelationshipGraph& graph, const QVector<int>& membership);
QVector<Broker> findBrokers(const RelationshipGraph& graph, const QVector<int>& membership,
                            const QVector<double>& betweenness, int count);

} // namespace chorus
