// Stance history (migration 10): recorded by every writer, kept through undo, erased with the person, and
// counted exactly by the dashboard's stance chart and the period report's "stance movement" section.
#include "support/TempWorkspace.h"

#include "dedupe/PersonMerger.h"
#include "report/DashboardBuilder.h"
#include "report/PeriodReportBuilder.h"
#include "report/StanceMovement.h"

#include <QSqlQuery>
#include <QTest>

using namespace chorus;
using namespace chorus::report;
using chorus::test::TempWorkspace;

namespace {
QDateTime at(int month, int day, int hour = 12) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

int sqlCount(Workspace& ws, const QString& sql, const QVariantList& params = {}) {
    QSqlQuery q(ws.database().connection());
    q.prepare(sql);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params[i]);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// "sceptic>neutral@2026-11-05" per row, oldest first.
QStringList historyOf(Workspace& ws, Id person) {
    QStringList out;
    for (const StanceChange& c : ws.stanceHistory().history(person).valueOr({}))
        out << QStringLiteral("%1>%2@%3")
                   .arg(c.from ? stanceKey(*c.from) : QStringLiteral("-"), stanceKey(c.to),
                        c.at.toString(Qt::ISODate));
    return out;
}

const Section* section(const ReportDocument& doc, const QString& key) {
    for (const Section& s : doc.sections)
        if (s.key == key)
            return &s;
    return nullptr;
}
} // namespace

class TestStanceHistory : public QObject {
    Q_OBJECT

    /// Four weeks from Monday 2026-11-02; changes at known instants (see each line).
    struct Scene {
        Id ada = 0, bob = 0, cy = 0, dee = 0, eve = 0;
    };
    Scene build(TempWorkspace& tw) {
        Scene s;
        tw.clock().set(at(10, 1));
        s.ada = tw.addPerson(QStringLiteral("Ada Sceptic"), Stance::Sceptic);
        s.bob = tw.addPerson(QStringLiteral("Bob Supporter"), Stance::Supporter);
        s.cy = tw.addPerson(QStringLiteral("Cy Advocate"), Stance::Advocate);
        s.eve = tw.addPerson(QStringLiteral("Eve Neutral"), Stance::Neutral);
        auto setVia = [&](Id id, Stance stance, const QDateTime& when) {
            tw.clock().set(when);
            Person p = *tw->people().get(id);
            p.stance = stance;
            QVERIFY(tw->people().update(p));
        };
        setVia(s.ada, Stance::Neutral, at(11, 5)); // week 1, forward
        tw.clock().set(at(11, 10));                // week 2, forward (bulk)
        [&] {
            QVERIFY(tw->people().setStance({s.bob}, Stance::Advocate));
        }();
        setVia(s.cy, Stance::Supporter, at(11, 12));  // week 2, back
        setVia(s.ada, Stance::Supporter, at(11, 18)); // week 3, forward
        tw.clock().set(at(11, 20));
        s.dee = tw.addPerson(QStringLiteral("Dee Newcomer"), Stance::Neutral); // week 3, created
        setVia(s.eve, Stance::Sceptic, at(12, 5));                             // after the period
        return s;
    }

private slots:
    void everyWriterRecordsTheChangeAtItsTime() {
        TempWorkspace tw;
        const Scene s = build(tw);
        QCOMPARE(historyOf(tw.ws(), s.ada),
                 (QStringList{QStringLiteral("->sceptic@2026-10-01T12:00:00Z"),
                              QStringLiteral("sceptic>neutral@2026-11-05T12:00:00Z"),
                              QStringLiteral("neutral>supporter@2026-11-18T12:00:00Z")}));
        QCOMPARE(historyOf(tw.ws(), s.bob).last(), QStringLiteral("supporter>advocate@2026-11-10T12:00:00Z"));
        // An edit that leaves the stance alone records nothing.
        tw.clock().set(at(12, 6));
        Person bob = *tw->people().get(s.bob);
        bob.organisation = QStringLiteral("Elsewhere");
        QVERIFY(tw->people().update(bob));
        QVERIFY(tw->people().setStance({s.bob}, Stance::Advocate));
        QCOMPARE(historyOf(tw.ws(), s.bob).size(), 2);
    }

    void undoOfDeleteAndMergeKeepsTheHistoryExactly() {
        TempWorkspace tw;
        const Scene s = build(tw);
        const QStringList ada = historyOf(tw.ws(), s.ada);
        // Delete, then undo (what DeletePersonCommand does).
        auto record = tw->records().snapshot(s.ada);
        QVERIFY(record);
        QVERIFY(tw->people().remove(s.ada));
        QCOMPARE(sqlCount(tw.ws(), QStringLiteral("SELECT count(*) FROM stance_changes WHERE person_id = ?"),
                          {s.ada}),
                 0);
        tw.clock().set(at(12, 10));
        QVERIFY(tw->records().restore(*record));
        QCOMPARE(historyOf(tw.ws(), s.ada), ada);

        // A merge that takes the other's stance records the survivor's change; undoing it restores both.
        const QStringList cy = historyOf(tw.ws(), s.cy);
        const QStringList eve = historyOf(tw.ws(), s.eve);
        PersonMerger merger(tw.ws());
        MergeRequest request = MergeRequest::withDefaults(*tw->people().get(s.cy), *tw->people().get(s.eve));
        request.survivorId = s.cy;
        request.otherId = s.eve;
        request.take(MergeField::Stance, *tw->people().get(s.eve));
        tw.clock().set(at(12, 11));
        auto undo = merger.merge(request);
        QVERIFY2(undo, undo ? "" : qPrintable(undo.error().message));
        QCOMPARE(historyOf(tw.ws(), s.cy).last(), QStringLiteral("supporter>sceptic@2026-12-11T12:00:00Z"));
        QVERIFY(merger.undo(*undo));
        QCOMPARE(historyOf(tw.ws(), s.cy), cy);
        QCOMPARE(historyOf(tw.ws(), s.eve), eve);
    }

    void erasureRemovesTheHistory() {
        TempWorkspace tw;
        const Scene s = build(tw);
        QVERIFY(tw->erasure().erase(s.ada));
        QCOMPARE(sqlCount(tw.ws(), QStringLiteral("SELECT count(*) FROM stance_changes WHERE person_id = ?"),
                          {s.ada}),
                 0);
        QVERIFY(sqlCount(tw.ws(), QStringLiteral("SELECT count(*) FROM stance_changes")) > 0);
    }

    void migrationBackfillsCurrentStanceAtCreation() {
        TempWorkspace tw;
        const Scene s = build(tw);
        {
            // Back to a version-9 workspace: no history table.
            QSqlQuery q(tw->database().connection());
            for (const char* sql : {"DROP TRIGGER people_stance_insert", "DROP TRIGGER people_stance_update",
                                    "DROP TABLE stance_changes", "PRAGMA user_version = 9"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        tw.reopen();
        QCOMPARE(historyOf(tw.ws(), s.ada), QStringList{QStringLiteral("->supporter@2026-10-01T12:00:00Z")});
        QCOMPARE(historyOf(tw.ws(), s.dee), QStringList{QStringLiteral("->neutral@2026-11-20T12:00:00Z")});
    }

    void countsPerWeekAreExact() {
        TempWorkspace tw(at(12, 20));
        build(tw);
        auto timeline =
            stanceTimeline(tw.ws(), periodStart(QDate(2026, 11, 2)), periodEnd(QDate(2026, 11, 29)));
        QVERIFY(timeline);
        QVERIFY(!timeline->monthly);
        QCOMPARE(timeline->starts, (QVector<QDate>{QDate(2026, 11, 2), QDate(2026, 11, 9),
                                                   QDate(2026, 11, 16), QDate(2026, 11, 23)}));
        auto row = [&](int week) {
            const StanceCounts& c = timeline->counts[week];
            return QVector<int>{c[size_t(Stance::Sceptic)], c[size_t(Stance::Neutral)],
                                c[size_t(Stance::Supporter)], c[size_t(Stance::Advocate)]};
        };
        QCOMPARE(row(0), (QVector<int>{0, 2, 1, 1})); // Ada neutral, Eve neutral, Bob supporter, Cy advocate
        QCOMPARE(row(1), (QVector<int>{0, 2, 1, 1})); // Bob advocate, Cy supporter
        QCOMPARE(row(2), (QVector<int>{0, 2, 2, 1})); // Ada supporter, Dee (new) neutral
        QCOMPARE(row(3), (QVector<int>{0, 2, 2, 1}));

        // By month over a longer period: October ends with the stances they were created with.
        auto months =
            stanceTimeline(tw.ws(), periodStart(QDate(2026, 8, 15)), periodEnd(QDate(2026, 12, 31)));
        QVERIFY(months && months->monthly);
        QCOMPARE(months->starts.size(), 5);                      // from Aug 15, then Sep … Dec
        QCOMPARE(months->counts[1][size_t(Stance::Sceptic)], 0); // nobody yet at the end of September
        QCOMPARE(months->counts[2][size_t(Stance::Sceptic)], 1); // Ada, end of October
        QCOMPARE(months->counts[4][size_t(Stance::Sceptic)], 1); // Eve, end of December

        // The dashboard's chart plots exactly these counts.
        auto charts = DashboardBuilder::build(tw.ws(), QDate(2026, 11, 2), QDate(2026, 11, 29));
        QVERIFY(charts);
        const auto it = std::find_if(charts->begin(), charts->end(), [](const DashboardChart& c) {
            return c.key == QLatin1String("stances");
        });
        QVERIFY(it != charts->end());
        const auto series =
            std::find_if(it->chart.series.begin(), it->chart.series.end(),
                         [](const ChartSeries& s) { return s.name == stanceLabel(Stance::Supporter); });
        QVERIFY(series != it->chart.series.end());
        QCOMPARE(series->values, (QVector<double>{1, 1, 2, 2}));
        QVERIFY2(it->summary.contains(QLatin1String("2 people moved towards advocacy, 1 moved away")),
                 qPrintable(it->summary));
    }

    void periodReportNamesWhoMoved() {
        TempWorkspace tw(at(12, 20));
        build(tw);
        ReportRequest request;
        request.kind = ReportKind::Period;
        request.from = QDate(2026, 11, 2);
        request.to = QDate(2026, 11, 29);
        auto doc = PeriodReportBuilder::build(tw.ws(), request, {});
        QVERIFY(doc);
        const Section* movement = section(*doc, QStringLiteral("movement"));
        QVERIFY(movement);
        const auto& figures = std::get<KeyFigures>(movement->blocks.at(0)).figures;
        QCOMPARE(figures.at(0).value, QStringLiteral("2")); // Ada sceptic → supporter, Bob → advocate
        QCOMPARE(figures.at(1).value, QStringLiteral("1")); // Cy advocate → supporter
        QCOMPARE(figures.at(2).value, QStringLiteral("4"));
        const Table* steps = nullptr;
        for (const Block& b : movement->blocks)
            if (const Table* t = std::get_if<Table>(&b); t && !steps)
                steps = t;
        QVERIFY(steps);
        QCOMPARE(steps->rows.size(), 4);
        // Forward steps first, least aligned start first, then the step back.
        QCOMPARE(steps->rows[0], (QStringList{stanceLabel(Stance::Sceptic), stanceLabel(Stance::Neutral),
                                              QStringLiteral("forward"), QStringLiteral("1"),
                                              QStringLiteral("Ada Sceptic")}));
        QCOMPARE(steps->rows[1].at(4), QStringLiteral("Ada Sceptic"));
        QCOMPARE(steps->rows[2].at(4), QStringLiteral("Bob Supporter"));
        QCOMPARE(steps->rows[3],
                 (QStringList{stanceLabel(Stance::Advocate), stanceLabel(Stance::Supporter),
                              QStringLiteral("back"), QStringLiteral("1"), QStringLiteral("Cy Advocate")}));
    }
};

QTEST_GUILESS_MAIN(TestStanceHistory)
#include "tst_stancehistory.moc"
