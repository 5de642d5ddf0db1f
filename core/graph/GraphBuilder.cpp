#include "GraphBuilder.h"

#include "GroupEdges.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

#include <cmath>

namespace chorus {
namespace {
Error cancelled() {
    return makeError(ErrorCode::Cancelled,
                     QCoreApplication::translate("Graph", "Building the map was cancelled."));
}
} // namespace

double GraphBuilder::recency(const QDateTime& at, const QDateTime& now) const {
    if (!at.isValid() || !now.isValid() || m_options.halfLifeDays <= 0)
        return 1.0;
    const double days = double(at.secsTo(now)) / 86400.0;
    if (days <= 0)
        return 1.0;
    return std::pow(0.5, days / m_options.halfLifeDays);
}

double GraphBuilder::tieWeight(double strength, int kind, const QDateTime& createdAt,
                               const QDateTime& now) const {
    double factor = m_options.knowsFactor;
    switch (TieKind(kind)) {
    case TieKind::Knows:
        factor = m_options.knowsFactor;
        break;
    case TieKind::Colleagues:
        factor = m_options.colleaguesFactor;
        break;
    case TieKind::Collaborates:
        factor = m_options.collaboratesFactor;
        break;
    case TieKind::IntroducedByMe:
        factor = m_options.introducedFactor;
        break;
    }
    const double floor = std::clamp(m_options.tieRecencyFloor, 0.0, 1.0);
    return strength * factor * (floor + (1.0 - floor) * recency(createdAt, now));
}

Result<RelationshipGraph> GraphBuilder::build(Workspace& ws, const std::function<bool()>& keepGoing) const {
    const QDateTime now = m_options.now.isValid() ? m_options.now : ws.clock().now();
    GraphRepository& repo = ws.graph();
    RelationshipGraph g;
    if (auto st =
            repo.forEachPerson(m_options.scope,
                               [&g](const GraphPersonRow& p) {
                                   g.nodes.push_back({p.id, p.name, p.organisation, p.stance, p.isSelf});
                               });
        !st)
        return st.error();
    g.reindex();
    if (keepGoing && !keepGoing())
        return cancelled();

    g.edges.reserve(4 * g.nodes.size());
    if (m_options.sources & SourceTies) {
        auto st = repo.forEachTie(m_options.scope, [&](const Tie& t) {
            const int a = g.indexOf(t.personA), b = g.indexOf(t.personB);
            if (a >= 0 && b >= 0)
                g.addEdge(a, b, tieWeight(t.strength, int(t.kind), t.createdAt, now), EdgeTie);
        });
        if (!st)
            return st.error();
    }
    QVector<int> members;
    auto addGroup = [&](const GraphGroupRow& group, double base, unsigned char kind) {
        members.clear();
        for (Id id : group.members) {
            const int i = g.indexOf(id);
            if (i >= 0)
                members.push_back(i);
        }
        if (members.size() < 2)
            return;
        const double w = base * recency(group.at, now) / double(members.size() - 1);
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j)
                g.addEdge(members[i], members[j], w, kind);
        }
    };
    if (m_options.sources & SourceConversations) {
        auto st = repo.forEachConversation(
            m_options.scope, m_options.maxConversationSize, [&](const GraphGroupRow& group) {
                addGroup(group, m_options.conversationWeight, EdgeConversation);
            });
        if (!st)
            return st.error();
        if (keepGoing && !keepGoing())
            return cancelled();
    }
    if (m_options.sources & SourceEvents) {
        auto st = repo.forEachEvent(m_options.scope, m_options.maxEventSize, [&](const GraphGroupRow& group) {
            addGroup(group, m_options.eventWeight, EdgeEvent);
        });
        if (!st)
            return st.error();
    }
    g.finish();
    thinGroupEdges(g, m_options.groupNeighbours);
    if (m_options.minWeight > 0) {
        g.edges.removeIf([min = m_options.minWeight](const GraphEdge& e) { return e.weight < min; });
    }
    if (keepGoing && !keepGoing())
        return cancelled();

    // Topics: each node keeps its weighted topics, for community labels.
    auto names = repo.topicNames();
    if (!names)
        return names.error();
    QList<Id> topicIds = names->keys();
    std::sort(topicIds.begin(), topicIds.end()); // stable topic indexes for a given workspace
    QHash<Id, int> topicIndex;
    for (Id id : topicIds) {
        topicIndex.insert(id, int(g.topicNames.size()));
        g.topicNames << names->value(id);
    }
    g.nodeTopics.resize(g.nodes.size());
    auto st = repo.forEachPersonTopic([&](Id person, Id topic, double weight) {
        const int node = g.indexOf(person);
        const int t = topicIndex.value(topic, -1);
        if (node >= 0 && t >= 0)
            g.nodeTopics[node].push_back({t, float(weight)});
    });
    if (!st)
        return st.error();
    return g;
}

} // namespace chorus
