#include "support/ContentDigest.h"
#include "support/TempWorkspace.h"

#include "sample/SampleGenerator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

namespace {
QString generate(const QTemporaryDir& dir, const QString& name, int people, quint64 seed) {
    const QString path = dir.filePath(name);
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    SampleOptions sample;
    sample.people = people;
    sample.seed = seed;
    auto counts = SampleGenerator::generate((*ws)->database(), sample);
    if (!counts)
        qFatal("%s", qPrintable(counts.error().message));
    return path;
}
} // namespace

class TestGenerator : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameContent() {
        QTemporaryDir dir;
        const QString a = generate(dir, QStringLiteral("a.chorus"), 800, 42);
        const QString b = generate(dir, QStringLiteral("b.chorus"), 800, 42);
        const QString c = generate(dir, QStringLiteral("c.chorus"), 800, 43);
        const QByteArray digestA = test::contentDigest(a);
        QVERIFY(!digestA.isEmpty());
        QCOMPARE(test::contentDigest(b), digestA);
        QVERIFY(test::contentDigest(c) != digestA);
    }

    void realisticShapeAndScaleRatios() {
        QTemporaryDir dir;
        const QString path = generate(dir, QStringLiteral("s.chorus"), 2000, 7);
        FixedClock clock(SampleOptions::defaultAnchor());
        auto ws = Workspace::open(path, {}, &clock);
        QVERIFY(ws.ok());
        auto info = (*ws)->info().info(true);
        QVERIFY(info.ok());
        QCOMPARE(info->integrity, QStringLiteral("ok"));
        const auto& n = info->counts;
        QCOMPARE(n.value(QStringLiteral("people")), 2000);
        // The scale the issue names: ~10 touchpoints, 2 conversations and 5 ties per person.
        QVERIFY(n.value(QStringLiteral("touchpoints")) > 15000 &&
                n.value(QStringLiteral("touchpoints")) <= 20000);
        QCOMPARE(n.value(QStringLiteral("conversations")), 4000);
        QVERIFY(n.value(QStringLiteral("ties")) >= 9500);
        QVERIFY(n.value(QStringLiteral("identities")) > 4000);
        QVERIFY(n.value(QStringLiteral("events")) >= 3);
        QVERIFY(n.value(QStringLiteral("notes")) > 1000);
        QVERIFY(n.value(QStringLiteral("follow_ups")) >= 200);

        // Every stance and every touchpoint kind appears.
        const QDateTime now = clock.now();
        for (const QString& key : stanceKeys()) {
            PersonFilter f;
            f.stances = {*stanceFromKey(key)};
            f.includeArchived = true;
            QVERIFY2(!(*ws)->people().queryIds(f, {}, now, {})->isEmpty(), qPrintable(key));
        }
        QSet<TouchpointKind> kinds;
        QVERIFY((*ws)->touchpoints().forEachBetween(now.addYears(-3), now.addDays(1),
                                                    [&](const Touchpoint& t) { kinds.insert(t.kind); }));
        QCOMPARE(kinds.size(), int(touchpointKinds().size()));

        // Names from more than one script, and searchable.
        QVERIFY(!(*ws)->search().search(QStringLiteral("Rust on Windows"), 5)->isEmpty());
        QVERIFY((*ws)->topics().focusTopics()->size() >= 2);
        QVERIFY(!(*ws)->followUps().dueBy(now.date())->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
