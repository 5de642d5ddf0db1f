#include "graph/GraphAnalysis.h"
#include "graph/GraphBuilder.h"
#include "graph/GraphMetrics.h"
#include "graph/GroupEdges.h"
#include "support/TempWorkspace.h"

#include <QTest>

#include <numeric>

using namespace chorus;

namespace {

RelationshipGraph withNodes(int n) {
    RelationshipGraph g;
    for (int i = 0; i < n; ++i)
        g.nodes.push_back({Id(i + 1), QStringLiteral("P%1").arg(i), {}, Stance::Unknown, false});
    g.reindex();
    return g;
}

RelationshipGraph path(int n) {
    RelationshipGraph g = withNodes(n);
    for (int i = 0; i + 1 < n; ++i)
        g.addEdge(i, i + 1, 1.0);
    g.finish();
    return g;
}

RelationshipGraph star(int leaves) {
    RelationshipGraph g = withNodes(leaves + 1);
    for (int i = 1; i <= leaves; ++i)
        g.addEdge(0, i, 1.0);
    g.finish();
    return g;
}

void clique(RelationshipGraph& g, int first, int size) {
    for (int i = first; i < first + size; ++i) {
        for (int j = i + 1; j < first + size; ++j)
            g.addEdge(i, j, 1.0);
    }
}

// Two 5-cliques (0..4, 5..9) joined by one bridge edge 4–5.
RelationshipGraph twoCliques() {
    RelationshipGraph g = withNodes(10);
    clique(g, 0, 5);
    clique(g, 5, 5);
    g.addEdge(4, 5, 1.0);
    g.finish();
    return g;
}

// Barbell: two 4-cliques (0..3, 5..8) joined through node 4.
RelationshipGraph barbell() {
    RelationshipGraph g = withNodes(9);
    clique(g, 0, 4);
    clique(g, 5, 4);
    g.addEdge(3, 4, 1.0);
    g.addEdge(4, 5, 1.0);
    g.finish();
    return g;
}

double sum(const QVector<double>& v) {
    return std::accumulate(v.cbegin(), v.cend(), 0.0);
}

int argmax(const QVector<double>& v) {
    return int(std::max_element(v.cbegin(), v.cend()) - v.cbegin());
}

} // namespace

class TestGraph : public QObject {
    Q_OBJECT

private slots:
    void pageRankOnAStarMatchesHandValues() {
        // Centre c and three leaves l, damping d = 0.85, n = 4:
        //   c = (1 − d)/4 + d·3l,  l = (1 − d)/4 + d·c/3  ⇒  c = 0.133125 / 0.2775, l = (1 − c)/3.
        auto m = computeMetrics(star(3));
        QVERIFY(m.ok());
        QVERIFY(qAbs(sum(m->pageRank) - 1.0) < 1e-9);
        QVERIFY(qAbs(m->pageRank[0] - 0.133125 / 0.2775) < 1e-6);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(qAbs(m->pageRank[i] - (1.0 - 0.133125 / 0.2775) / 3.0) < 1e-6);
        QCOMPARE(m->degree[0], 3);
        QCOMPARE(m->betweenness[0], 3.0); // every leaf pair passes through the centre
    }

    void weightedPageRankFollowsTheHeavierEdge() {
        // Path a–b–c with weights 1 and 3: b sends a quarter to a and three quarters to c.
        //   b = 0.05 + 0.85·(1 − b) ⇒ b = 0.9 / 1.85;  a = 0.05 + 0.85·b/4;  c = 0.05 + 0.85·3b/4.
        RelationshipGraph g = withNodes(3);
        g.addEdge(0, 1, 1.0);
        g.addEdge(1, 2, 3.0);
        g.finish();
        auto m = computeMetrics(g);
        QVERIFY(m.ok());
        const double b = 0.9 / 1.85;
        QVERIFY(qAbs(sum(m->pageRank) - 1.0) < 1e-9);
        QVERIFY(qAbs(m->pageRank[1] - b) < 1e-6);
        QVERIFY(qAbs(m->pageRank[0] - (0.05 + 0.85 * b / 4.0)) < 1e-6);
        QVERIFY(qAbs(m->pageRank[2] - (0.05 + 0.85 * 3.0 * b / 4.0)) < 1e-6);
        QCOMPARE(m->strength[1], 4.0);
    }

    void pathBetweennessIsExact() {
        // On a path of 5, node i lies on i·(4 − i) shortest paths.
        auto m = computeMetrics(path(5));
        QVERIFY(m.ok());
        QVERIFY(m->betweennessExact);
        const QVector<double> expected{0, 3, 4, 3, 0};
        QCOMPARE(m->betweenness, expected);
        QCOMPARE(m->components, 1);
    }

    void theBarbellBridgeHasTopBetweenness() {
        auto m = computeMetrics(barbell());
        QVERIFY(m.ok());
        QCOMPARE(argmax(m->betweenness), 4);
        QCOMPARE(m->betweenness[4], 16.0); // 4 × 4 pairs across
        QVERIFY(qAbs(sum(m->pageRank) - 1.0) < 1e-9);
    }

    void twoCliquesAreTwoCommunities() {
        const RelationshipGraph g = twoCliques();
        auto m = computeMetrics(g);
        QVERIFY(m.ok());
        QCOMPARE(m->communities.size(), 2);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m->community[i], m->community[0]);
        for (int i = 5; i < 10; ++i)
            QCOMPARE(m->community[i], m->community[9]);
        QVERIFY(m->community[0] != m->community[9]);
        QVERIFY(m->modularity > 0.3);
        // The bridge's ends are the brokers, with the top betweenness.
        QCOMPARE(m->brokers.size(), 2);
        QVERIFY((m->brokers[0].node == 4 && m->brokers[1].node == 5) ||
                (m->brokers[0].node == 5 && m->brokers[1].node == 4));
        QCOMPARE(m->brokers[0].communitiesReached, 1);
        const int top = argmax(m->betweenness);
        QVERIFY(top == 4 || top == 5);
    }

    void communitiesAreDeterministic() {
        RelationshipGraph g = withNodes(60);
        // Three loose groups of 20 with a few cross links: ambiguity lets an unseeded run differ.
        for (int group = 0; group < 3; ++group) {
            for (int i = 0; i < 20; ++i) {
                for (int j = i + 1; j < 20; ++j) {
                    if ((i * 7 + j * 3) % 4 == 0)
                        g.addEdge(group * 20 + i, group * 20 + j, 1.0);
                }
            }
        }
        for (int k = 0; k < 10; ++k)
            g.addEdge(k * 5 % 60, (k * 13 + 21) % 60, 0.5);
        g.finish();
        auto first = computeMetrics(g);
        auto second = computeMetrics(g);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->community, second->community);
        QCOMPARE(first->communities.first().id, 0);
        QVERIFY(first->communities.first().size >= first->communities.last().size);
    }

    void sampledBetweennessKeepsTheExactScale() {
        // With every node sampled, the estimate is the exact figure.
        const RelationshipGraph g = barbell();
        MetricsOptions sampled;
        sampled.exactBetweennessLimit = 0;
        sampled.minBetweennessSamples = g.nodeCount();
        auto exact = computeMetrics(g);
        auto estimate = computeMetrics(g, sampled);
        QVERIFY(exact.ok() && estimate.ok());
        QVERIFY(!estimate->betweennessExact);
        QCOMPARE(estimate->betweennessSamples, g.nodeCount());
        for (int i = 0; i < g.nodeCount(); ++i)
            QVERIFY2(qAbs(exact->betweenness[i] - estimate->betweenness[i]) < 1e-9,
                     qPrintable(QStringLiteral("node %1: %2 vs %3")
                                    .arg(i)
                                    .arg(exact->betweenness[i])
                                    .arg(estimate->betweenness[i])));
        // A smaller sample still finds the bridge.
        sampled.minBetweennessSamples = 4;
        sampled.maxBetweennessSamples = 4;
        auto rough = computeMetrics(g, sampled);
        QVERIFY(rough.ok());
        QCOMPARE(rough->betweennessSamples, 4);
    }

    void communityLabelsComeFromDominantTopics() {
        RelationshipGraph g = twoCliques();
        g.topicNames = {QStringLiteral("Rust"), QStringLiteral("WebAssembly"), QStringLiteral("Kotlin")};
        g.nodeTopics.resize(10);
        for (int i = 0; i < 5; ++i)
            g.nodeTopics[i] = {{0, 1.0f}, {1, 0.8f}};
        for (int i = 5; i < 10; ++i)
            g.nodeTopics[i] = {{2, 1.0f}, {1, 0.1f}};
        QVector<int> membership{0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        const auto communities = describeCommunities(g, membership);
        QCOMPARE(communities[0].label, QStringLiteral("Rust & WebAssembly"));
        QCOMPARE(communities[1].label, QStringLiteral("Kotlin")); // WebAssembly is too faint to name it
        QCOMPARE(communities[0].internalWeight, 10.0);
        QCOMPARE(communities[0].externalWeight, 1.0);
    }

    void builderCombinesTiesConversationsAndEvents() {
        test::TempWorkspace tw;
        const QDateTime now = tw.clock().now();
        const Id ada = tw.addPerson(QStringLiteral("Ada"), Stance::Advocate);
        const Id bob = tw.addPerson(QStringLiteral("Bob"), Stance::Sceptic);
        const Id cyd = tw.addPerson(QStringLiteral("Cyd"), Stance::Champion);
        const Id dan = tw.addPerson(QStringLiteral("Dan"), Stance::Neutral);
        Tie tie;
        tie.personA = ada;
        tie.personB = bob;
        tie.strength = 0.8;
        tie.kind = TieKind::Collaborates;
        tie.createdAt = now;
        QVERIFY(tw->ties().add(tie).ok());
        Conversation c;
        c.title = QStringLiteral("Thread");
        c.startedAt = now.addDays(-180);
        c.lastActivityAt = now.addDays(-180); // one half-life old
        c.participants = {{ada, {}, ParticipantRole::Started, 1}, {cyd, {}, ParticipantRole::Replied, 1}};
        c.topics = {QStringLiteral("Rust")};
        QVERIFY(tw->conversations().add(c).ok());
        Event e;
        e.name = QStringLiteral("Meetup");
        e.startsOn = now.date();
        e.attendees = {{bob, {}, AttendanceRole::Attendee}, {cyd, {}, AttendanceRole::Attendee}};
        QVERIFY(tw->events().add(e).ok());

        GraphOptions options;
        auto g = GraphBuilder(options).build(tw.ws());
        QVERIFY2(g.ok(), g ? "" : qPrintable(g.error().message));
        QCOMPARE(g->nodeCount(), 4);
        QCOMPARE(g->edgeCount(), 3);
        auto weightOf = [&](Id x, Id y) {
            int a = g->indexOf(x), b = g->indexOf(y);
            if (a > b)
                std::swap(a, b);
            for (const GraphEdge& edge : g->edges) {
                if (edge.source == a && edge.target == b)
                    return edge.weight;
            }
            return -1.0;
        };
        QVERIFY(qAbs(weightOf(ada, bob) - 0.8 * options.collaboratesFactor) < 1e-9);
        QVERIFY(qAbs(weightOf(ada, cyd) - options.conversationWeight * 0.5) < 1e-6);
        const double eventAge =
            GraphBuilder(options).recency(QDateTime(now.date(), QTime(0, 0), Qt::UTC), now);
        QVERIFY(qAbs(weightOf(bob, cyd) - options.eventWeight * eventAge) < 1e-6);
        QCOMPARE(weightOf(ada, dan), -1.0);

        // Only ties.
        options.sources = SourceTies;
        QCOMPARE(GraphBuilder(options).build(tw.ws())->edgeCount(), 1);
        // Only aligned people: Bob (sceptic) and Dan (neutral) drop out, with their edges.
        options.sources = SourceAll;
        options.scope.stances = {Stance::Champion, Stance::Advocate};
        auto aligned = GraphBuilder(options).build(tw.ws());
        QCOMPARE(aligned->nodeCount(), 2);
        QCOMPARE(aligned->edgeCount(), 1);
        // A time window that leaves the old conversation out.
        options.scope = {};
        options.scope.from = now.addDays(-30);
        auto recent = GraphBuilder(options).build(tw.ws());
        QCOMPARE(recent->edgeCount(), 2);
        // A topic: only people who care about it, and conversations about it.
        QVERIFY(tw->topics().setPersonTopics(ada, {{0, QStringLiteral("Rust"), 1.0}}));
        QVERIFY(tw->topics().setPersonTopics(cyd, {{0, QStringLiteral("Rust"), 0.5}}));
        options.scope = {};
        options.scope.topicId = tw->topics().findByName(QStringLiteral("Rust"))->value().id;
        auto rust = GraphBuilder(options).build(tw.ws());
        QCOMPARE(rust->nodeCount(), 2);
        QCOMPARE(rust->edgeCount(), 1);
        // A minimum weight drops the faint conversation edge.
        options.scope = {};
        options.minWeight = 0.2;
        QCOMPARE(GraphBuilder(options).build(tw.ws())->edgeCount(), 2);
    }

    void groupEdgesAreThinnedToTheStrongestCoParticipants() {
        // Ten people who all shared threads (a 10-clique of conversation edges, weight i + j so every pair
        // differs), plus a faint tie 0–1 that must survive whatever its weight.
        RelationshipGraph g = withNodes(10);
        for (int i = 0; i < 10; ++i) {
            for (int j = i + 1; j < 10; ++j)
                g.addEdge(i, j, 0.01 * (i + j), EdgeConversation);
        }
        g.addEdge(0, 1, 0.001, EdgeTie);
        g.finish();
        QCOMPARE(g.edgeCount(), 45);
        thinGroupEdges(g, 2);
        auto has = [&g](int a, int b) {
            return std::any_of(g.edges.cbegin(), g.edges.cend(),
                               [&](const GraphEdge& e) { return e.source == a && e.target == b; });
        };
        QVERIFY(has(0, 1)); // carries a tie
        // Every person keeps their two strongest co-participants: for node 0 those are 9 and 8; for 9, 8
        // and 7.
        QVERIFY(has(0, 9) && has(0, 8) && has(8, 9) && has(7, 9));
        QVERIFY(!has(0, 2)); // weak for both ends
        // At most two group edges per person, counted from both ends, and the order is kept.
        QVERIFY(g.edgeCount() <= 1 + 2 * 10);
        QVERIFY(std::is_sorted(g.edges.cbegin(), g.edges.cend(), [](const GraphEdge& l, const GraphEdge& r) {
            return l.source != r.source ? l.source < r.source : l.target < r.target;
        }));
        int groupEdgesOf0 = 0;
        for (const GraphEdge& e : g.edges)
            groupEdgesOf0 += (e.source == 0 || e.target == 0) && !(e.kinds & EdgeTie);
        QVERIFY(groupEdgesOf0 >= 2);
        // 0 keeps everything.
        RelationshipGraph all = withNodes(4);
        clique(all, 0, 4);
        all.finish();
        thinGroupEdges(all, 0);
        QCOMPARE(all.edgeCount(), 6);
    }

    void analysisIsCachedPerRevision() {
        test::TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id bob = tw.addPerson(QStringLiteral("Bob"));
        Tie tie;
        tie.personA = ada;
        tie.personB = bob;
        QVERIFY(tw->ties().add(tie).ok());
        GraphAnalyzer::clearCache();
        bool cached = true;
        auto first = GraphAnalyzer::analyse(tw.ws(), {}, {}, {}, &cached);
        QVERIFY(first.ok());
        QVERIFY(!cached);
        auto second = GraphAnalyzer::analyse(tw.ws(), {}, {}, {}, &cached);
        QVERIFY(cached);
        QCOMPARE(second->get(), first->get());
        // Saving positions alone keeps the results.
        auto before = tw->graph().savePositions({{ada, 1.0, 2.0}});
        QVERIFY(before.ok());
        GraphAnalyzer::carryForward(tw.path(), *before);
        QVERIFY(GraphAnalyzer::analyse(tw.ws(), {}, {}, {}, &cached).ok());
        QVERIFY(cached);
        // Any other write recomputes.
        tw.addPerson(QStringLiteral("Cyd"));
        auto third = GraphAnalyzer::analyse(tw.ws(), {}, {}, {}, &cached);
        QVERIFY(!cached);
        QCOMPARE((*third)->graph.nodeCount(), 3);
        QCOMPARE((*third)->metrics.isolated, 1);
    }

    void emptyGraphHasNoMetrics() {
        auto m = computeMetrics(RelationshipGraph{});
        QVERIFY(m.ok());
        QVERIFY(m->pageRank.isEmpty());
        QVERIFY(m->communities.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
