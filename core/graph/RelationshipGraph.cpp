#include "RelationshipGraph.h"

#include <algorithm>

namespace chorus {

int RelationshipGraph::selfIndex() const {
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].isSelf)
            return i;
    }
    return -1;
}

void RelationshipGraph::reindex() {
    m_index.clear();
    m_index.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_index.insert(nodes[i].personId, i);
}

QVector<QVector<int>> RelationshipGraph::adjacency() const {
    QVector<QVector<int>> adj(nodes.size());
    for (const GraphEdge& e : edges) {
        adj[e.source].push_back(e.target);
        adj[e.target].push_back(e.source);
    }
    return adj;
}

void RelationshipGraph::addEdge(int a, int b, double weight, unsigned char kinds) {
    if (a == b)
        return;
    if (a > b)
        std::swap(a, b);
    edges.push_back({a, b, weight, kinds});
}

void RelationshipGraph::finish() {
    std::sort(edges.begin(), edges.end(), [](const GraphEdge& l, const GraphEdge& r) {
        return l.source != r.source ? l.source < r.source : l.target < r.target;
    });
    qsizetype out = 0;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if (out > 0 && edges[out - 1].source == edges[i].source && edges[out - 1].target == edges[i].target) {
            edges[out - 1].weight += edges[i].weight;
            edges[out - 1].kinds |= edges[i].kinds;
        } else {
            edges[out++] = edges[i];
        }
    }
    edges.resize(out);
}

} // namespace chorus
