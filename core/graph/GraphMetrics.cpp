#include "GraphMetrics.h"

#include "Igraph.h"

#include <QCoreApplication>

#include <algorithm>
#include <ctime>
#include <numeric>
#include <random>

namespace chorus {
namespace {

Error cancelled() {
    return makeError(ErrorCode::Cancelled,
                     QCoreApplication::translate("Graph", "Graph analysis was cancelled."));
}

QVector<double> toQVector(const igraph_vector_t& v) {
    QVector<double> out(igraph_vector_size(&v));
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = VECTOR(v)[i];
    return out;
}

// Renumbers communities 0.. by size (largest first), ties broken by their lowest node index, so the same
// graph always gives the same numbers.
QVector<int> canonicalMembership(const igraph_vector_int_t& raw) {
    const qsizetype n = igraph_vector_int_size(&raw);
    QHash<int, QPair<int, int>> info; // raw id -> (size, first node)
    for (qsizetype i = 0; i < n; ++i) {
        auto it = info.find(int(VECTOR(raw)[i]));
        if (it == info.end())
            info.insert(int(VECTOR(raw)[i]), {1, int(i)});
        else
            ++it->first;
    }
    QVector<QPair<int, QPair<int, int>>> order;
    for (auto it = info.cbegin(); it != info.cend(); ++it)
        order.push_back({it.key(), it.value()});
    std::sort(order.begin(), order.end(), [](const auto& l, const auto& r) {
        return l.second.first != r.second.first ? l.second.first > r.second.first
                                                : l.second.second < r.second.second;
    });
    QHash<int, int> renumber;
    for (int i = 0; i < order.size(); ++i)
        renumber.insert(order[i].first, i);
    QVector<int> out(n);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = renumber.value(int(VECTOR(raw)[i]));
    return out;
}

Status betweenness(const igraph::Graph& ig, const RelationshipGraph& graph, const MetricsOptions& options,
                   GraphMetrics& m) {
    const int n = graph.nodeCount();
    igraph::Vector result;
    if (n <= options.exactBetweennessLimit) {
        m.betweennessExact = true;
        if (auto rc = igraph_betweenness(ig.get(), &result.v, igraph_vss_all(), false, nullptr); rc)
            return igraph::failure(rc, "betweenness");
        m.betweenness = toQVector(result.v);
        return {};
    }
    // Brandes–Pich: shortest paths from a seeded sample of sources, scaled up to the whole graph.
    const double perSource = std::max(1.0, double(graph.edgeCount()));
    const int samples = std::clamp(int(options.betweennessBudget / perSource), options.minBetweennessSamples,
                                   std::min(options.maxBetweennessSamples, n));
    std::vector<igraph_integer_t> all(static_cast<size_t>(n));
    std::iota(all.begin(), all.end(), 0);
    std::mt19937_64 rng(options.seed);
    for (int i = 0; i < samples; ++i) {
        std::uniform_int_distribution<int> pick(i, n - 1);
        std::swap(all[size_t(i)], all[size_t(pick(rng))]);
    }
    igraph::IntVector sources(samples);
    for (int i = 0; i < samples; ++i)
        VECTOR(sources.v)[i] = all[size_t(i)];
    igraph_vs_t sourceSet;
    igraph_vs_vector(&sourceSet, &sources.v);
    if (auto rc = igraph_betweenness_subset(ig.get(), &result.v, igraph_vss_all(), false, sourceSet,
                                            igraph_vss_all(), nullptr);
        rc)
        return igraph::failure(rc, "sampled betweenness");
    m.betweennessExact = false;
    m.betweennessSamples = samples;
    m.betweenness = toQVector(result.v);
    // Each sampled source contributes the dependencies of its paths to every target (igraph counts an
    // undirected pair once); scaling by n / k estimates the sum over all sources.
    const double scale = double(n) / double(samples);
    for (double& b : m.betweenness)
        b *= scale;
    return {};
}

} // namespace

Result<GraphMetrics> computeMetrics(const RelationshipGraph& graph, const MetricsOptions& options,
                                    const std::function<bool()>& keepGoing) {
    GraphMetrics m;
    const int n = graph.nodeCount();
    m.degree.fill(0, n);
    m.strength.fill(0.0, n);
    for (const GraphEdge& e : graph.edges) {
        ++m.degree[e.source];
        ++m.degree[e.target];
        m.strength[e.source] += e.weight;
        m.strength[e.target] += e.weight;
    }
    m.isolated = int(std::count(m.degree.cbegin(), m.degree.cend(), 0));
    if (n == 0)
        return m;

    // CPU time of this thread per stage (wall time on a shared machine says little).
    auto cpuNow = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    };
    double stageStart = cpuNow();
    auto lap = [&](const char* stage) {
        const double t = cpuNow();
        m.timings.push_back({QString::fromLatin1(stage), t - stageStart});
        stageStart = t;
    };
    auto held = igraph::lock();
    igraph::Graph ig(graph);
    if (!ig.ok())
        return igraph::failure(IGRAPH_ENOMEM, "graph");

    {
        igraph::Vector pr;
        igraph_real_t value = 0;
        if (auto rc = igraph_pagerank(ig.get(), IGRAPH_PAGERANK_ALGO_PRPACK, &pr.v, &value, igraph_vss_all(),
                                      false, 0.85, graph.edgeCount() > 0 ? ig.weights() : nullptr, nullptr);
            rc)
            return igraph::failure(rc, "PageRank");
        m.pageRank = toQVector(pr.v);
    }
    lap("igraph graph + PageRank");
    if (keepGoing && !keepGoing())
        return cancelled();

    if (auto st = betweenness(ig, graph, options, m); !st)
        return st.error();
    lap("betweenness");
    if (keepGoing && !keepGoing())
        return cancelled();

    {
        // Leiden (modularity, seeded): faster than multilevel at these sizes and guarantees connected
        // communities.
        igraph_rng_seed(igraph_rng_default(), igraph_uint_t(options.seed));
        igraph::IntVector membership(n);
        double total = 0;
        for (const GraphEdge& e : graph.edges)
            total += e.weight;
        if (total > 0) {
            igraph::Vector strength(n);
            for (int i = 0; i < n; ++i)
                VECTOR(strength.v)[i] = m.strength[i];
            igraph_integer_t clusters = 0;
            igraph_real_t quality = 0;
            if (auto rc = igraph_community_leiden(
                    ig.get(), ig.weights(), &strength.v, options.resolution / (2.0 * total), 0.01, false,
                    options.leidenIterations > 0 ? options.leidenIterations
                                                 : (graph.edgeCount() > 1000000 ? 1 : 2),
                    &membership.v, &clusters, &quality);
                rc)
                return igraph::failure(rc, "communities");
            igraph_real_t q = 0;
            if (auto rc =
                    igraph_modularity(ig.get(), &membership.v, ig.weights(), options.resolution, false, &q);
                rc)
                return igraph::failure(rc, "modularity");
            m.modularity = q;
        } else {
            for (int i = 0; i < n; ++i)
                VECTOR(membership.v)[i] = i;
        }
        m.community = canonicalMembership(membership.v);
    }
    lap("communities");
    {
        igraph_integer_t count = 0;
        if (auto rc = igraph_connected_components(ig.get(), nullptr, nullptr, &count, IGRAPH_WEAK); rc)
            return igraph::failure(rc, "components");
        m.components = int(count);
    }
    const int self = graph.selfIndex();
    if (self >= 0) {
        igraph_vector_int_list_t hoods;
        igraph_vector_int_list_init(&hoods, 0);
        const auto rc = igraph_neighborhood(ig.get(), &hoods, igraph_vss_1(self),
                                            std::clamp(options.egoDepth, 1, 2), IGRAPH_ALL, 0);
        if (rc == IGRAPH_SUCCESS && igraph_vector_int_list_size(&hoods) == 1) {
            const igraph_vector_int_t* hood = igraph_vector_int_list_get_ptr(&hoods, 0);
            for (igraph_integer_t i = 0; i < igraph_vector_int_size(hood); ++i)
                m.egoNetwork.push_back(int(VECTOR(*hood)[i]));
        }
        igraph_vector_int_list_destroy(&hoods);
        if (rc)
            return igraph::failure(rc, "ego network");
    }
    held.unlock();
    lap("components + ego network");

    m.communities = describeCommunities(graph, m.community);
    m.brokers = findBrokers(graph, m.community, m.betweenness, options.brokerCount);
    lap("labels + brokers");
    return m;
}

} // namespace chorus
