#include "support/ContentDigest.h"
#include "support/TempWorkspace.h"

#include "io/CsvImport.h"
#include "io/CsvParser.h"
#include "io/ImportCommit.h"
#include "io/ImportPlan.h"
#include "io/TextDecoding.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace chorus;
using namespace chorus::io;

// Only for variables: the argument is evaluated more than once.
#define VERIFY_OK(result) QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().message))

namespace {

QString fixture(const QString& name) {
    return qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/io/") + name;
}

QByteArray fixtureBytes(const QString& name) {
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

ImportSource readFixture(const QString& name, const CsvImportOptions& options = {}) {
    auto source = CsvImport::read(fixtureBytes(name), name, options);
    if (!source)
        qFatal("%s: %s", qPrintable(name), qPrintable(source.error().message));
    return *source;
}

bool hasIdentity(const Person& p, const QString& platform, const QString& handle) {
    return std::any_of(p.identities.begin(), p.identities.end(), [&](const Identity& i) {
        return i.platform == platform &&
               normalizedHandle(platform, i.handle) == normalizedHandle(platform, handle);
    });
}

} // namespace

class TestIoCsv : public QObject {
    Q_OBJECT

private slots:
    void parsesQuotedFieldsDoubledQuotesAndEmbeddedNewlines() {
        auto doc = CsvParser::parse(u"a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\r\n\nlast,,z",
                                    QLatin1Char(','), QStringLiteral("t.csv"));
        VERIFY_OK(doc);
        QCOMPARE(doc->records.size(), 3);
        QCOMPARE(doc->records[0].fields, (QStringList{"a", "b,1", "say \"hi\""}));
        QCOMPARE(doc->records[1].fields, (QStringList{"multi\nline", "x", ""}));
        QCOMPARE(doc->records[1].line, 2);
        // The blank line 4 is skipped; the record after the two-line field starts on line 5.
        QCOMPARE(doc->records[2].line, 5);
        QCOMPARE(doc->records[2].fields, (QStringList{"last", "", "z"}));
    }

    void lineEndingsLfCrLfAndCrAreAllRecordEnds() {
        for (const QString& eol : {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\r")}) {
            auto doc = CsvParser::parse(QStringLiteral("a,b") + eol + QStringLiteral("c,d") + eol,
                                        QLatin1Char(','), {});
            QVERIFY(doc);
            QCOMPARE(doc->records.size(), 2);
            QCOMPARE(doc->records[1].fields, (QStringList{"c", "d"}));
        }
    }

    void detectsTheDelimiter() {
        QCOMPARE(CsvParser::detectDelimiter(u"a,b,c\n1,2,3\n"), QLatin1Char(','));
        QCOMPARE(CsvParser::detectDelimiter(u"a;b;c\n\"1,5\";2;3\n"), QLatin1Char(';'));
        QCOMPARE(CsvParser::detectDelimiter(u"a\tb, c\n1\t2, 3\n"), QLatin1Char('\t'));
        QCOMPARE(readFixture(QStringLiteral("tabs.tsv")).delimiter, QLatin1Char('\t'));
    }

    void decodesBomLatin1AndRefusesDamagedUtf8() {
        auto bom = decodeText(QByteArray("\xEF\xBB\xBFZo\xC3\xAB"), QStringLiteral("f.csv"));
        QVERIFY(bom);
        QCOMPARE(bom->text, QStringLiteral("Zoë"));
        auto latin = decodeText(QByteArray("M\xFCller \x80"), QStringLiteral("f.csv"));
        QVERIFY(latin);
        QCOMPARE(latin->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(latin->text, QStringLiteral("Müller €"));
        auto utf16 = decodeText(QByteArray("\xFF\xFE"
                                           "A\0b\0",
                                           6),
                                QStringLiteral("f.csv"));
        QVERIFY(utf16);
        QCOMPARE(utf16->text, QStringLiteral("Ab"));
        auto strict = decodeText(QByteArray("M\xFCller"), QStringLiteral("f.csv"), QStringLiteral("utf-8"));
        QVERIFY(!strict);
        QVERIFY2(strict.error().message.contains(QStringLiteral("f.csv, line 1")),
                 qPrintable(strict.error().message));
        auto chosen =
            decodeText(QByteArray("M\xFCller"), QStringLiteral("f.csv"), QStringLiteral("iso-8859-1"));
        QVERIFY(chosen);
        QCOMPARE(chosen->text, QStringLiteral("Müller"));
    }

    void malformedFilesNameFileLineAndColumn_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unterminated quote")
            << "unterminated_quote.csv"
            << QStringList{"unterminated_quote.csv", "line 3", "column 1", "never closed"};
        QTest::newRow("ragged row") << "ragged_rows.csv"
                                    << QStringList{"ragged_rows.csv", "line 3", "2 fields", "has 3"};
        QTest::newRow("invalid utf-8")
            << "invalid_utf8.csv" << QStringList{"invalid_utf8.csv", "line 3", "invalid UTF-8", "0xC3"};
        QTest::newRow("no name column")
            << "semicolon_latin1.csv"
            << QStringList{"semicolon_latin1.csv", "line 1", "no column holds a name"};
    }
    void malformedFilesNameFileLineAndColumn() {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        auto source = CsvImport::read(fixtureBytes(file), file, {});
        QVERIFY(!source);
        QCOMPARE(source.error().code, ErrorCode::Invalid);
        for (const QString& part : expected)
            QVERIFY2(source.error().message.contains(part), qPrintable(source.error().message));
    }

    void linkedInExportMapsByItself() {
        const ImportSource s = readFixture(QStringLiteral("linkedin_connections.csv"));
        QCOMPARE(s.preset, QStringLiteral("linkedin"));
        QCOMPARE(s.encoding, QStringLiteral("utf-8"));
        QCOMPARE(s.headerLine, 4);
        QCOMPARE(s.records.size(), 4);
        const Person& ada = s.records[0].person;
        QCOMPARE(ada.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.organisation, QStringLiteral("Analytical Engines"));
        QCOMPARE(ada.role, QStringLiteral("Chief Programmer"));
        QVERIFY(hasIdentity(ada, QStringLiteral("email"), QStringLiteral("ada@example.org")));
        QVERIFY(hasIdentity(ada, QStringLiteral("linkedin"), QStringLiteral("ada-lovelace")));
        QCOMPARE(s.records[1].person.role, QStringLiteral("Rear Admiral, Computing"));
        QCOMPARE(s.records[2].person.name, QStringLiteral("José Núñez-Díaz"));
        QCOMPARE(s.records[2].person.organisation, QStringLiteral("Acme \"Rockets\" SL"));
        QCOMPARE(s.records[3].person.name, QStringLiteral("Linus"));
        QCOMPARE(s.records[0].line, 5);
        for (const ImportRecord& r : s.records)
            QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
    }

    void googleAndOutlookExportsMapByThemselves() {
        const ImportSource g = readFixture(QStringLiteral("google_contacts.csv"));
        QCOMPARE(g.preset, QStringLiteral("google"));
        const ImportRecord& m = g.records[0];
        QCOMPARE(m.person.name, QStringLiteral("Margaret Hamilton"));
        QCOMPARE(m.person.role, QStringLiteral("Founder"));
        QVERIFY(hasIdentity(m.person, QStringLiteral("email"), QStringLiteral("margaret@example.com")));
        QVERIFY(hasIdentity(m.person, QStringLiteral("email"), QStringLiteral("mh@home.example")));
        QVERIFY(hasIdentity(m.person, QStringLiteral("phone"), QStringLiteral("+15550100")));
        QCOMPARE(m.person.tags, QStringList{QStringLiteral("Speakers")}); // not Google's "* myContacts"
        QCOMPARE(m.notes, QStringList{QStringLiteral("Apollo guidance software.\nMet at the 2024 summit.")});

        const ImportSource o = readFixture(QStringLiteral("outlook_contacts.csv"));
        QCOMPARE(o.preset, QStringLiteral("outlook"));
        QCOMPARE(o.records[0].person.name, QStringLiteral("Barbara Liskov"));
        QCOMPARE(o.records[0].person.role, QStringLiteral("Professor"));
        QCOMPARE(o.records[0].person.tags, (QStringList{"Academia", "Speakers"}));
        QCOMPARE(o.records[1].person.name, QStringLiteral("Frances E. Allen"));
        QVERIFY(
            hasIdentity(o.records[1].person, QStringLiteral("email"), QStringLiteral("fallen@example.org")));
        QVERIFY(hasIdentity(o.records[1].person, QStringLiteral("website"),
                            QStringLiteral("https://example.org/fran")));
    }

    void mappingFileChoosesEncodingDelimiterAndColumns() {
        auto mapping = loadMapping(fixture(QStringLiteral("mapping_de.json")));
        VERIFY_OK(mapping);
        const ImportSource s = readFixture(QStringLiteral("semicolon_latin1.csv"), *mapping);
        QCOMPARE(s.delimiter, QLatin1Char(';'));
        QCOMPARE(s.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(s.records.size(), 2);
        QCOMPARE(s.records[0].person.name, QStringLiteral("Jürgen Müller"));
        QCOMPARE(s.records[0].person.organisation, QStringLiteral("Straße & Söhne GmbH"));
        QCOMPARE(s.records[1].person.organisation, QStringLiteral("Café Œuvre"));

        auto bad = loadMapping(fixture(QStringLiteral("mapping_bad.json")));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("mapping_bad.json")) &&
                     bad.error().message.contains(QStringLiteral("\"Vorname\"")) &&
                     bad.error().message.contains(QStringLiteral("given")),
                 qPrintable(bad.error().message));
        auto preset = loadMapping(QStringLiteral("linkedin"));
        QVERIFY(preset);
        QCOMPARE(preset->preset, QStringLiteral("linkedin"));
        QVERIFY(!loadMapping(QStringLiteral("/nonexistent/mapping.json")));
    }

    void aTenMegabyteFieldIsReadWhole() {
        const QByteArray big(10 * 1024 * 1024, 'x');
        QByteArray bytes = "name,note\r\n\"Ada\",\"" + big + "\"\r\nGrace,short\r\n";
        QElapsedTimer timer;
        timer.start();
        auto source = CsvImport::read(bytes, QStringLiteral("big.csv"), {});
        VERIFY_OK(source);
        qInfo("10 MB field read in %lld ms", timer.elapsed());
        QCOMPARE(source->records.size(), 2);
        QCOMPARE(source->records[0].notes.value(0).size(), big.size());
        QCOMPARE(source->records[1].person.name, QStringLiteral("Grace"));
        QCOMPARE(source->records[1].line, 3);
    }

    void planSaysNewMatchedAndSkippedWithReasons() {
        test::TempWorkspace tw;
        Person ada;
        ada.name = QStringLiteral("Ada Lovelace");
        ada.identities << Identity{0, 0, QStringLiteral("email"), QStringLiteral("ada@example.org"), {}};
        QVERIFY(tw->people().add(ada));
        const ImportSource s = readFixture(QStringLiteral("data_problems.csv"));
        auto plan = ImportPlanner::plan(tw.ws(), s.fileName, s.records);
        VERIFY_OK(plan);
        QCOMPARE(plan->rows.size(), 7);
        QCOMPARE(plan->matchedCount, 1);
        QCOMPARE(plan->newCount, 1);
        QCOMPARE(plan->skippedCount, 5);
        QCOMPARE(plan->rows[0].action, PlanAction::Matched);
        QVERIFY2(plan->rows[0].reason.contains(QStringLiteral("ada@example.org")),
                 qPrintable(plan->rows[0].reason));
        QCOMPARE(plan->rows[1].action, PlanAction::Skipped);
        QVERIFY(plan->rows[1].reason.contains(QStringLiteral("no name")));
        QVERIFY(plan->rows[2].reason.contains(QStringLiteral("column 3 (email)")));
        QVERIFY(plan->rows[2].reason.contains(QStringLiteral("not-an-address")));
        QVERIFY2(plan->rows[3].reason.contains(QStringLiteral("as line 2")),
                 qPrintable(plan->rows[3].reason));
        QVERIFY(plan->rows[4].reason.contains(QStringLiteral("friendly")));
        QCOMPARE(plan->rows[5].action, PlanAction::New);
        QCOMPARE(plan->rows[6].action, PlanAction::Skipped);
        QVERIFY(plan->rows[6].reason.contains(QStringLiteral("line 7")));
    }

    void commitWritesNewPeopleAndFillsMatchedOnes() {
        test::TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada Lovelace"));
        Person stored = *tw->people().get(ada);
        stored.identities << Identity{0, ada, QStringLiteral("email"), QStringLiteral("ada@example.org"), {}};
        QVERIFY(tw->people().update(stored));
        const ImportSource s = readFixture(QStringLiteral("google_contacts.csv"));
        const ImportSource li = readFixture(QStringLiteral("linkedin_connections.csv"));
        auto plan = ImportPlanner::plan(tw.ws(), li.fileName, li.records);
        QVERIFY(plan);
        QCOMPARE(plan->matchedCount, 1);
        auto outcome = ImportCommitter::commit(tw.ws(), *plan);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->created, 3);
        QCOMPARE(outcome->updated, 1);
        tw.reopen();
        QCOMPARE(*tw->people().count(true), 4);
        const Person merged = *tw->people().get(ada);
        QCOMPARE(merged.organisation, QStringLiteral("Analytical Engines"));
        QVERIFY(hasIdentity(merged, QStringLiteral("linkedin"), QStringLiteral("ada-lovelace")));
        QCOMPARE(merged.identities.size(), 2);

        auto gplan = ImportPlanner::plan(tw.ws(), s.fileName, s.records);
        QVERIFY(gplan);
        auto g = ImportCommitter::commit(tw.ws(), *gplan);
        QVERIFY(g);
        const Id margaret = g->createdIds.first();
        const Person m = *tw->people().get(margaret);
        QCOMPARE(m.tags, QStringList{QStringLiteral("Speakers")});
        QCOMPARE(m.identities.size(), 4);
        const auto notes = *tw->notes().forSubject(NoteSubject::Person, margaret);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().body.startsWith(QStringLiteral("Apollo")));
        // Found by search straight away (indexes rebuilt, triggers ran).
        QVERIFY(!tw->search().search(QStringLiteral("Hamilton"), 5)->isEmpty());
    }

    void failureOrCancelWritesNothing() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Someone Else"));
        const ImportSource s = readFixture(QStringLiteral("linkedin_connections.csv"));
        auto plan = ImportPlanner::plan(tw.ws(), s.fileName, s.records);
        QVERIFY(plan);
        const QByteArray before = test::contentDigest(tw.path());

        // The last row points at a person who no longer exists: the whole import fails, naming the line.
        ImportPlan broken = *plan;
        broken.rows.last().action = PlanAction::Matched;
        broken.rows.last().matchedId = 999999;
        auto failed = ImportCommitter::commit(tw.ws(), broken);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("linkedin_connections.csv, line 8")),
                 qPrintable(failed.error().message));
        QCOMPARE(test::contentDigest(tw.path()), before);

        int calls = 0;
        auto cancelled = ImportCommitter::commit(tw.ws(), *plan, [&](int) { return ++calls < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(test::contentDigest(tw.path()), before);
        QCOMPARE(*tw->people().count(true), 1);

        // Into an empty workspace (the fast path that rebuilds indexes at the end) too.
        test::TempWorkspace empty;
        const QByteArray emptyBefore = test::contentDigest(empty.path());
        auto failedFresh = ImportCommitter::commit(empty.ws(), broken);
        QVERIFY(!failedFresh);
        QCOMPARE(test::contentDigest(empty.path()), emptyBefore);
        auto ok = ImportCommitter::commit(empty.ws(), *plan);
        VERIFY_OK(ok);
        QCOMPARE(*empty->people().count(true), 4);
    }

    // Big files write their people and identities many rows to a statement: every identity still belongs to
    // the person of its line, and a row refused in the middle of a batch is named by its line, with nothing
    // written.
    void batchesKeepEachIdentityWithItsPersonAndNameTheRefusedLine() {
        QByteArray csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
        for (int n = 1; n <= 150; ++n)
            csv +=
                QStringLiteral("Given%1,Family%1,https://www.linkedin.com/in/member-%1,member%1@example.org,"
                               "Org %1,Role,01 Jan 2024\n")
                    .arg(n)
                    .toUtf8();
        auto source = CsvImport::read(csv, QStringLiteral("many.csv"), CsvImportOptions{});
        VERIFY_OK(source);
        test::TempWorkspace tw;
        auto plan = ImportPlanner::plan(tw.ws(), source->fileName, source->records);
        QVERIFY(plan);
        QCOMPARE(plan->newCount, 150);

        ImportPlan broken = *plan;
        broken.rows[70].incoming.name = QStringLiteral("   "); // refused by the table's check on the name
        const QByteArray before = test::contentDigest(tw.path());
        auto failed = ImportCommitter::commit(tw.ws(), broken);
        QVERIFY(!failed);
        QVERIFY2(
            failed.error().message.contains(QStringLiteral("many.csv, line %1:").arg(broken.rows[70].line)),
            qPrintable(failed.error().message));
        QCOMPARE(test::contentDigest(tw.path()), before);

        auto outcome = ImportCommitter::commit(tw.ws(), *plan);
        VERIFY_OK(outcome);
        QCOMPARE(outcome->created, 150);
        for (int n = 1; n <= 150; ++n) {
            const Person p = *tw->people().get(outcome->createdIds.at(n - 1));
            QCOMPARE(p.name, QStringLiteral("Given%1 Family%1").arg(n));
            QVERIFY2(hasIdentity(p, QStringLiteral("linkedin"), QStringLiteral("member-%1").arg(n)),
                     qPrintable(p.name));
            QVERIFY2(hasIdentity(p, QStringLiteral("email"), QStringLiteral("member%1@example.org").arg(n)),
                     qPrintable(p.name));
            QCOMPARE(p.identities.size(), 2);
        }
    }

    // Into an empty workspace the import drops the insert triggers while loading and fills what they would
    // have written at the end: the search index and each person's first stance-history entry. Afterwards
    // the triggers are back, so later edits are recorded as before.
    void importIntoAnEmptyWorkspaceFillsSearchAndStanceHistory() {
        test::TempWorkspace tw;
        const ImportSource li = readFixture(QStringLiteral("linkedin_connections.csv"));
        auto plan = ImportPlanner::plan(tw.ws(), li.fileName, li.records);
        QVERIFY(plan);
        auto outcome = ImportCommitter::commit(tw.ws(), *plan);
        VERIFY_OK(outcome);
        QVERIFY(outcome->created >= 3);
        for (const Id id : outcome->createdIds) {
            const Person p = *tw->people().get(id);
            const auto history = *tw->stanceHistory().history(id);
            QCOMPARE(history.size(), 1);
            QVERIFY(!history.first().from);
            QCOMPARE(history.first().to, p.stance);
            QCOMPARE(history.first().at, p.createdAt);
        }
        // By name and by a handle (the identity index), straight away.
        QVERIFY(!tw->search().search(QStringLiteral("Lovelace"), 5)->isEmpty());
        QVERIFY(!tw->search().search(QStringLiteral("gracehopper"), 5)->isEmpty());

        const Id grace = outcome->createdIds.at(1);
        QVERIFY(tw->people().setStance({grace}, Stance::Advocate));
        QCOMPARE(tw->stanceHistory().history(grace)->size(), 2);
        const Id later = tw.addPerson(QStringLiteral("Katherine Johnson"));
        QCOMPARE(tw->stanceHistory().history(later)->size(), 1);
        QVERIFY(!tw->search().search(QStringLiteral("Katherine"), 5)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIoCsv)
#include "tst_io_csv.moc"
