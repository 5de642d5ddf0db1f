#pragma once

#include "model/Ids.h"
#include "model/Stance.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace chorus {

/// Evidence kinds an edge carries (a bit set).
enum EdgeKind : unsigned char {
    EdgeTie = 1u << 0,
    EdgeConversation = 1u << 1,
    EdgeEvent = 1u << 2,
};

struct GraphNode {
    Id personId = 0;
    QString name;
    QString organisation;
    Stance stance = Stance::Unknown;
    bool isSelf = false;
};

/// An undirected edge between two node indexes (source < target).
struct GraphEdge {
    int source = 0;
    int target = 0;
    double weight = 0;
    unsigned char kinds = 0; ///< EdgeKind bits
};

/// One topic a node cares about, by index into RelationshipGraph::topicNames.
struct NodeTopic {
    int topic = 0;
    float weight = 0;
};

/// The relationship graph as a plain value: nodes are people, edges are weighted undirected relationships.
/// Node indexes are positions in `nodes`; edges are sorted by (source, target).
struct RelationshipGraph {
    QVector<GraphNode> nodes;
    QVector<GraphEdge> edges;
    QStringList topicNames;
    QVector<QVector<NodeTopic>> nodeTopics; ///< per node (may be empty when topics were not loaded)

    int nodeCount() const { return int(nodes.size()); }
    int edgeCount() const { return int(edges.size()); }
    /// The node index of a person, or -1.
    int indexOf(Id personId) const { return m_index.value(personId, -1); }
    /// The user's own node, or -1.
    int selfIndex() const;
    /// Rebuild the person → index lookup after filling `nodes` by hand.
    void reindex();
    /// Neighbours of every node (built on demand, for layout and ego networks).
    QVector<QVector<int>> adjacency() const;

    /// Add an edge by node indexes, merging with an existing one (weights add up). For tests and builders;
    /// call finish() after the last one.
    void addEdge(int a, int b, double weight, unsigned char kinds = EdgeTie);
    /// Sort edges and merge duplicates.
    void finish();

private:
    QHash<Id, int> m_index;
};

} // namespace chorus
