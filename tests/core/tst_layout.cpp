#include "graph/LayoutJob.h"
#include "graph/MapLayout.h"
#include "support/TempWorkspace.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <random>

using namespace chorus;

namespace {

// `groups` clusters of `size` people, dense inside, with a few links between clusters (seeded).
RelationshipGraph clusters(int groups, int size, int extraNodes = 0) {
    RelationshipGraph g;
    const int n = groups * size + extraNodes;
    for (int i = 0; i < n; ++i)
        g.nodes.push_back({Id(i + 1), QStringLiteral("P%1").arg(i), {}, Stance::Unknown, false});
    g.reindex();
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> member(0, size - 1);
    for (int c = 0; c < groups; ++c) {
        for (int k = 0; k < size * 3; ++k)
            g.addEdge(c * size + member(rng), c * size + member(rng), 1.0);
        g.addEdge(c * size, ((c + 1) % groups) * size + 1, 0.5);
    }
    g.finish();
    return g;
}

double distance(const QPointF& a, const QPointF& b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

double spread(const QVector<QPointF>& pos) {
    QPointF c;
    for (const QPointF& p : pos)
        c += p;
    c /= double(pos.size());
    double s = 0;
    for (const QPointF& p : pos)
        s += std::pow(distance(p, c), 2);
    return std::sqrt(s / pos.size());
}

QHash<Id, QPointF> stored(const LayoutResult& r) {
    QHash<Id, QPointF> out;
    for (qsizetype i = 0; i < r.personIds.size(); ++i)
        out.insert(r.personIds[i], r.positions[i]);
    return out;
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT

private slots:
    void sameInputSameLayout() {
        const RelationshipGraph g = clusters(4, 60);
        auto a = MapLayout::run(g, {});
        auto b = MapLayout::run(g, {});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->positions, b->positions);
        LayoutOptions other;
        other.seed = 99;
        auto c = MapLayout::run(g, {}, other);
        QVERIFY(c->positions != a->positions);
    }

    void convergesAndSeparatesClusters() {
        const int size = 60;
        const RelationshipGraph g = clusters(4, size);
        auto r = MapLayout::run(g, {});
        QVERIFY(r.ok());
        QVERIFY2(r->converged, qPrintable(QStringLiteral("%1 iterations").arg(r->iterations)));
        QCOMPARE(r->placedRandomly, g.nodeCount());
        double inside = 0, across = 0;
        int ni = 0, na = 0;
        for (int i = 0; i < g.nodeCount(); i += 3) {
            for (int j = i + 1; j < g.nodeCount(); j += 5) {
                const double d = distance(r->positions[i], r->positions[j]);
                if (i / size == j / size) {
                    inside += d;
                    ++ni;
                } else {
                    across += d;
                    ++na;
                }
            }
        }
        QVERIFY2(inside / ni < 0.6 * across / na,
                 qPrintable(QStringLiteral("inside %1, across %2").arg(inside / ni).arg(across / na)));
    }

    void aRerunFromStoredPositionsMovesLittle() {
        const RelationshipGraph g = clusters(4, 60);
        auto first = MapLayout::run(g, {});
        QVERIFY(first.ok());
        auto second = MapLayout::run(g, stored(*first));
        QVERIFY(second.ok());
        QCOMPARE(second->fromStore, g.nodeCount());
        double moved = 0;
        for (int i = 0; i < g.nodeCount(); ++i)
            moved += distance(first->positions[i], second->positions[i]);
        moved /= g.nodeCount();
        const double scale = spread(first->positions);
        QVERIFY2(moved < 0.05 * scale, qPrintable(QStringLiteral("moved %1 of %2").arg(moved).arg(scale)));
        QVERIFY(second->iterations < first->iterations);
    }

    void newPeopleStartBesideTheirNeighbours() {
        const RelationshipGraph before = clusters(4, 60);
        auto first = MapLayout::run(before, {});
        QVERIFY(first.ok());
        RelationshipGraph after = clusters(4, 60, 2);
        const int newcomer = after.nodeCount() - 2, loner = after.nodeCount() - 1;
        after.addEdge(newcomer, 70, 1.0); // joins the second cluster
        after.finish();
        LayoutResult counts;
        const auto start = MapLayout::initialPositions(after, stored(*first), 7, &counts);
        QCOMPARE(counts.fromStore, before.nodeCount());
        QCOMPARE(counts.nearNeighbours, 1);
        QCOMPARE(counts.placedRandomly, 1);
        QVERIFY(distance(start[newcomer], first->positions[70]) <= 1.0 + 1e-9);
        Q_UNUSED(loner);

        auto second = MapLayout::run(after, stored(*first));
        QVERIFY(second.ok());
        const double scale = spread(first->positions);
        double moved = 0;
        for (int i = 0; i < before.nodeCount(); ++i)
            moved += distance(first->positions[i], second->positions[i]);
        QVERIFY(moved / before.nodeCount() < 0.05 * scale);
        QVERIFY(distance(second->positions[newcomer], second->positions[70]) < 0.5 * scale);
    }

    void theJobStoresPositionsAndCancelStoresNothing() {
        test::TempWorkspace tw;
        QVector<Id> ids;
        for (int i = 0; i < 30; ++i)
            ids << tw.addPerson(QStringLiteral("Person %1").arg(i));
        for (int i = 0; i < 30; ++i) {
            Tie t;
            t.personA = ids[i];
            t.personB = ids[(i + 1) % 30];
            QVERIFY(tw->ties().add(t).ok());
        }
        // Cancelled before it starts: nothing stored.
        {
            QFuture<LayoutSnapshot> f = LayoutJob::start(tw.path());
            f.cancel();
            f.waitForFinished();
            QCOMPARE(tw->graph().positions()->size(), 0);
            const QList<LayoutSnapshot> results = f.results();
            if (!results.isEmpty()) {
                QVERIFY(results.last().error);
                QCOMPARE(results.last().error->code, ErrorCode::Cancelled);
            }
        }
        QFutureWatcher<LayoutSnapshot> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<LayoutSnapshot>::finished);
        watcher.setFuture(LayoutJob::start(tw.path()));
        QVERIFY(finished.wait(20000));
        const QList<LayoutSnapshot> results = watcher.future().results();
        QVERIFY(!results.isEmpty());
        const LayoutSnapshot last = results.last();
        QVERIFY(last.done);
        QVERIFY2(!last.error, last.error ? qPrintable(last.error->message) : "");
        QVERIFY(last.converged);
        QCOMPARE(last.personIds.size(), 30);
        tw.reopen();
        const auto positions = tw->graph().positions();
        QCOMPARE(positions->size(), 30);
        QCOMPARE(positions->value(last.personIds[0]), last.positions[0]);
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
