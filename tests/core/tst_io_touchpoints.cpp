#include "support/ContentDigest.h"
#include "support/TempWorkspace.h"

#include "io/ColumnMapping.h"
#include "io/CsvImport.h"
#include "io/TouchpointImport.h"
#include "util/DateParsing.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;
using namespace chorus::io;

// Only for variables: the argument is evaluated more than once.
#define VERIFY_OK(result) QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().message))

namespace {

QByteArray fixture(const QString& name) {
    QFile f(qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/io/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// Ada (a name only) and Grace (with her email and one touchpoint already logged).
struct People {
    Id ada = 0;
    Id grace = 0;
};

People addPeople(test::TempWorkspace& tw) {
    People p;
    p.ada = tw.addPerson(QStringLiteral("Ada Lovelace"));
    Person grace;
    grace.name = QStringLiteral("Grace Hopper");
    grace.identities << Identity{0, 0, QStringLiteral("email"), QStringLiteral("grace@example.org"), {}};
    p.grace = *tw->people().add(grace);
    Touchpoint helped;
    helped.personId = p.grace;
    helped.kind = TouchpointKind::Helped;
    helped.at = *parseIsoDateTime(QStringLiteral("2026-10-01T10:00:00Z"));
    if (!tw->touchpoints().add(helped))
        qFatal("cannot log a touchpoint");
    return p;
}

const PlannedTouchpoint* rowAt(const TouchpointPlan& plan, int line) {
    for (const PlannedTouchpoint& row : plan.rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestIoTouchpoints : public QObject {
    Q_OBJECT

private slots:
    void headerMapsTouchpointColumns() {
        CsvImportOptions options;
        options.target = ImportTarget::Touchpoints;
        const QStringList header{QStringLiteral("Date"),  QStringLiteral("Who"),     QStringLiteral("Email"),
                                 QStringLiteral("Kind"),  QStringLiteral("Channel"), QStringLiteral("Link"),
                                 QStringLiteral("Notes"), QStringLiteral("Stance")};
        ImportTarget target = ImportTarget::People;
        const auto fields = mapColumns(header, options, nullptr, &target);
        QCOMPARE(target, ImportTarget::Touchpoints);
        QCOMPARE(fields, (QVector<ImportField>{ImportField::Date, ImportField::Name, ImportField::Email,
                                               ImportField::Kind, ImportField::Channel, ImportField::Url,
                                               ImportField::Note, ImportField::Ignore}));
        // Chorus's own touchpoint CSV (the report's touchpoint table) is recognised without a mapping.
        QString preset;
        const QStringList report =
            QStringLiteral("id,at,person_id,person,kind,axis,direction,conversation_id,"
                           "event_id,note")
                .split(QLatin1Char(','));
        const auto reportFields = mapColumns(report, {}, &preset, &target);
        QCOMPARE(preset, QStringLiteral("touchpoints"));
        QCOMPARE(target, ImportTarget::Touchpoints);
        QCOMPARE(reportFields.value(2), ImportField::PersonId);
        QCOMPARE(reportFields.value(6), ImportField::Direction);
        // The same headers read as people keep their people meaning.
        QCOMPARE(mapColumns({QStringLiteral("URL")}, {}).value(0), ImportField::Website);
    }

    void previewCountsNewMatchedSkippedAndUnknown() {
        test::TempWorkspace tw;
        const People people = addPeople(tw);
        CsvImportOptions options;
        options.target = ImportTarget::Touchpoints;
        auto source = CsvImport::read(fixture(QStringLiteral("touchpoints.csv")),
                                      QStringLiteral("touchpoints.csv"), options);
        VERIFY_OK(source);
        QCOMPARE(source->target, ImportTarget::Touchpoints);
        QCOMPARE(source->touchpoints.size(), 9);
        auto plan = TouchpointImport::plan(tw.ws(), source->fileName, source->touchpoints);
        VERIFY_OK(plan);
        QCOMPARE(plan->newCount, 3);
        QCOMPARE(plan->matchedCount, 1);
        QCOMPARE(plan->skippedCount, 3);
        QCOMPARE(plan->unknownCount, 2);
        QCOMPARE(plan->unknownLines(), (QVector<int>{4, 9}));

        QCOMPARE(rowAt(*plan, 2)->touchpoint.personId, people.ada);
        QCOMPARE(rowAt(*plan, 3)->touchpoint.personId, people.grace); // by email, no name in the row
        QCOMPARE(rowAt(*plan, 3)->touchpoint.kind, TouchpointKind::Call);
        QCOMPARE(rowAt(*plan, 3)->touchpoint.at, *parseIsoDateTime(QStringLiteral("2026-11-03T14:30:00Z")));
        QCOMPARE(rowAt(*plan, 3)->touchpoint.note, QStringLiteral("Roadmap chat\nChannel: Zoom"));
        QVERIFY(
            rowAt(*plan, 6)->touchpoint.note.contains(QStringLiteral("Link: https://forum.example.org/t/1")));
        const QString kind = rowAt(*plan, 5)->reason;
        QVERIFY2(kind.contains(QStringLiteral("column 4 (Kind)")) &&
                     kind.contains(QStringLiteral("\"lunch\"")),
                 qPrintable(kind));
        const QString date = rowAt(*plan, 7)->reason;
        QVERIFY2(date.contains(QStringLiteral("column 1 (Date)")) &&
                     date.contains(QStringLiteral("next tuesday")),
                 qPrintable(date));
        QVERIFY(rowAt(*plan, 8)->reason.contains(QStringLiteral("line 2")));
        QCOMPARE(rowAt(*plan, 10)->action, PlanAction::Matched);
        QVERIFY(rowAt(*plan, 4)->unknownPerson);

        // Commit writes the three new ones; planning the file again finds them all logged.
        auto added = TouchpointImport::commit(tw.ws(), *plan);
        VERIFY_OK(added);
        QCOMPARE(*added, 3);
        QCOMPARE(*tw->touchpoints().count(), 4);
        QCOMPARE(tw->touchpoints().forPerson(people.ada)->size(), 2);
        // The people given touchpoints have their summaries (health, last touchpoint) brought up to date.
        const auto rows =
            tw->people().rows({people.ada}, tw.clock().now(), tw->settings().healthParameters());
        VERIFY_OK(rows);
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->first().hasHealth);
        const auto logged = tw->touchpoints().forPerson(people.ada);
        VERIFY_OK(logged);
        QDateTime latest;
        for (const Touchpoint& t : *logged)
            latest = std::max(latest, t.at);
        QCOMPARE(rows->first().lastTouchpointAt, latest);
        auto again = TouchpointImport::plan(tw.ws(), source->fileName, source->touchpoints);
        VERIFY_OK(again);
        QCOMPARE(again->newCount, 0);
        QCOMPARE(again->matchedCount, 5); // line 8 repeats line 2, which is logged now
    }

    void twoPeopleOfOneNameAreNotGuessed() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Wei Wang"), Stance::Unknown, QStringLiteral("Acme"));
        tw.addPerson(QStringLiteral("Wei Wang"), Stance::Unknown, QStringLiteral("Globex"));
        const QByteArray csv = "date,person,kind\n2026-11-02,Wei Wang,met\n";
        auto source = CsvImport::read(csv, QStringLiteral("log.csv"), [] {
            CsvImportOptions o;
            o.target = ImportTarget::Touchpoints;
            return o;
        }());
        VERIFY_OK(source);
        auto plan = TouchpointImport::plan(tw.ws(), source->fileName, source->touchpoints);
        VERIFY_OK(plan);
        QCOMPARE(plan->unknownCount, 1);
        QVERIFY2(plan->rows.first().reason.contains(QStringLiteral("2 people")),
                 qPrintable(plan->rows.first().reason));
    }

    void missingColumnsAndCancelWriteNothing() {
        CsvImportOptions options;
        options.target = ImportTarget::Touchpoints;
        auto noKind = CsvImport::read("date,person\n2026-11-02,Ada\n", QStringLiteral("log.csv"), options);
        QVERIFY(!noKind);
        QVERIFY2(noKind.error().message.startsWith(QStringLiteral("log.csv, line 1")),
                 qPrintable(noKind.error().message));
        QVERIFY(noKind.error().message.contains(QStringLiteral("\"kind\"")));

        test::TempWorkspace tw;
        addPeople(tw);
        auto source = CsvImport::read(fixture(QStringLiteral("touchpoints.csv")),
                                      QStringLiteral("touchpoints.csv"), options);
        VERIFY_OK(source);
        auto plan = TouchpointImport::plan(tw.ws(), source->fileName, source->touchpoints);
        VERIFY_OK(plan);
        const QByteArray before = test::contentDigest(tw.path());
        auto cancelled = TouchpointImport::commit(tw.ws(), *plan, [](int at) { return at < 950; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(*tw->touchpoints().count(), 1);
        QCOMPARE(test::contentDigest(tw.path()), before);
    }

    void mappingFileChoosesTheTarget() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"target": "touchpoints", "columns": {"Wann": "date", "Wer": "name", "Was": "kind"}})");
        f.close();
        auto mapping = loadMapping(path);
        VERIFY_OK(mapping);
        QCOMPARE(mapping->target, std::optional<ImportTarget>(ImportTarget::Touchpoints));
        QVERIFY(mappingToJson(*mapping).contains("\"target\": \"touchpoints\""));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"target": "meetings"})");
        f.close();
        auto bad = loadMapping(path);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("\"target\"")));
    }
};

QTEST_GUILESS_MAIN(TestIoTouchpoints)
#include "tst_io_touchpoints.moc"
