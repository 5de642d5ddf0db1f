#include "GraphMetrics.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace chorus {

QVector<Community> describeCommunities(const RelationshipGraph& graph, const QVector<int>& membership) {
    int count = 0;
    for (int c : membership)
        count = std::max(count, c + 1);
    QVector<Community> out(count);
    QVector<QHash<int, double>> topicWeight(count);
    for (int i = 0; i < count; ++i)
        out[i].id = i;
    for (int node = 0; node < membership.size(); ++node) {
        const int c = membership[node];
        ++out[c].size;
        if (node < graph.nodeTopics.size()) {
            for (const NodeTopic& t : graph.nodeTopics[node])
                topicWeight[c][t.topic] += t.weight;
        }
    }
    for (const GraphEdge& e : graph.edges) {
        const int a = membership.value(e.source, -1), b = membership.value(e.target, -1);
        if (a < 0 || b < 0)
            continue;
        if (a == b) {
            out[a].internalWeight += e.weight;
        } else {
            out[a].externalWeight += e.weight;
            out[b].externalWeight += e.weight;
        }
    }
    for (int c = 0; c < count; ++c) {
        QVector<QPair<double, QString>> ranked;
        for (auto it = topicWeight[c].cbegin(); it != topicWeight[c].cend(); ++it)
            ranked.push_back({it.value(), graph.topicNames.value(it.key())});
        std::sort(ranked.begin(), ranked.end(), [](const auto& l, const auto& r) {
            return l.first != r.first ? l.first > r.first : l.second < r.second;
        });
        for (int i = 0; i < std::min<qsizetype>(3, ranked.size()); ++i)
            out[c].topics << ranked[i].second;
        // Two topics name a community well; a second one that barely registers would only add noise.
        if (out[c].topics.isEmpty())
            out[c].label = QCoreApplication::translate("Graph", "Community %1").arg(c + 1);
        else if (ranked.size() >= 2 && ranked[1].first >= 0.5 * ranked[0].first)
            out[c].label = QCoreApplication::translate("Graph", "%1 & %2", "community label from two topics")
                               .arg(ranked[0].second, ranked[1].second);
        else
            out[c].label = ranked[0].second;
    }
    return out;
}

QVector<Broker> findBrokers(const RelationshipGraph& graph, const QVector<int>& membership,
                            const QVector<double>& betweenness, int count) {
    QVector<QSet<int>> reached(graph.nodeCount());
    for (const GraphEdge& e : graph.edges) {
        const int a = membership.value(e.source, -1), b = membership.value(e.target, -1);
        if (a != b && a >= 0 && b >= 0) {
            reached[e.source].insert(b);
            reached[e.target].insert(a);
        }
    }
    QVector<Broker> brokers;
    for (int node = 0; node < graph.nodeCount(); ++node) {
        if (reached[node].isEmpty() || graph.nodes[node].isSelf)
            continue;
        brokers.push_back({node, betweenness.value(node), int(reached[node].size())});
    }
    std::sort(brokers.begin(), brokers.end(), [](const Broker& l, const Broker& r) {
        if (l.betweenness != r.betweenness)
            return l.betweenness > r.betweenness;
        if (l.communitiesReached != r.communitiesReached)
            return l.communitiesReached > r.communitiesReached;
        return l.node < r.node;
    });
    if (count >= 0 && brokers.size() > count)
        brokers.resize(count);
    return brokers;
}

} // namespace chorus
