#include "support/ContentDigest.h"
#include "support/TempWorkspace.h"

#include "io/CsvImport.h"
#include "io/ICalWriter.h"
#include "io/ImportCommit.h"
#include "io/ImportPlan.h"
#include "io/JsonWorkspace.h"
#include "io/WorkspaceExport.h"
#include "sample/SampleGenerator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chorus;
using namespace chorus::io;

// Only for variables: the argument is evaluated more than once.
#define VERIFY_OK(result) QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().message))

namespace {

// Unfolded content lines of an iCalendar or vCard text; fails the test on a bare LF or an over-long line.
QStringList unfold(const QByteArray& bytes) {
    QStringList lines;
    QByteArray current;
    for (QByteArray line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        if (!line.endsWith('\r'))
            qFatal("line without CR LF: %s", line.constData());
        line.chop(1);
        if (line.size() > 75)
            qFatal("line longer than 75 octets: %s", line.constData());
        if (line.startsWith(' ')) {
            current += line.mid(1);
        } else {
            if (!current.isEmpty())
                lines << QString::fromUtf8(current);
            current = line;
        }
    }
    if (!current.isEmpty())
        lines << QString::fromUtf8(current);
    return lines;
}

// What the people CSV carries about a person, in one line, so two workspaces compare whole.
QString personDigest(const Person& p) {
    QStringList identities;
    for (const Identity& i : p.identities)
        identities << i.platform + QLatin1Char(':') + normalizedHandle(i.platform, i.handle);
    QStringList topics;
    for (const PersonTopic& t : p.topics)
        topics << t.name;
    QStringList tags = p.tags;
    identities.sort();
    topics.sort();
    tags.sort();
    return QStringList{p.name,
                       p.organisation,
                       p.role,
                       p.location,
                       stanceKey(p.stance),
                       p.reach ? QString::number(*p.reach) : QString(),
                       identities.join(QLatin1Char(' ')),
                       topics.join(QLatin1Char(' ')),
                       tags.join(QLatin1Char(' '))}
        .join(QLatin1Char('|'));
}

QStringList peopleDigest(Workspace& ws) {
    QStringList out;
    const auto people = ws.exports().people();
    if (!people)
        qFatal("%s", qPrintable(people.error().message));
    for (const Person& p : *people)
        out << personDigest(p);
    out.sort();
    return out;
}

} // namespace

class TestIoExport : public QObject {
    Q_OBJECT

private slots:
    void icalendarHasTodosWithDueDatesAndAllDayEvents() {
        test::TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada Lovelace"));
        FollowUp open;
        open.personId = ada;
        open.title = QStringLiteral("Send the talk slides, the recording; and a long thank-you note — très "
                                    "important, with émphasis");
        open.dueOn = QDate(2026, 12, 1);
        auto openId = tw->followUps().add(open);
        VERIFY_OK(openId);
        FollowUp done = open;
        done.title = QStringLiteral("Intro to Grace");
        done.dueOn = QDate(2026, 11, 10);
        auto doneId = tw->followUps().add(done);
        VERIFY_OK(doneId);
        QVERIFY(tw->followUps().markDone(*doneId));
        Event conf;
        conf.name = QStringLiteral("FOSDEM");
        conf.startsOn = QDate(2027, 2, 6);
        conf.endsOn = QDate(2027, 2, 7);
        conf.location = QStringLiteral("Brussels, Belgium");
        conf.attendees << Attendance{ada, {}, AttendanceRole::Speaker};
        QVERIFY(tw->events().add(conf));
        Event undated;
        undated.name = QStringLiteral("Someday meetup");
        QVERIFY(tw->events().add(undated));

        auto bytes = WorkspaceExport::icalendar(tw.ws());
        VERIFY_OK(bytes);
        const QStringList lines = unfold(*bytes);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VTODO")), 2);
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 1); // the undated event is left out
        QVERIFY(lines.contains(QStringLiteral("DUE;VALUE=DATE:20261201")));
        QVERIFY(lines.contains(QStringLiteral("STATUS:NEEDS-ACTION")));
        QVERIFY(lines.contains(QStringLiteral("STATUS:COMPLETED")));
        QVERIFY(lines.contains(
            QStringLiteral("SUMMARY:Send the talk slides\\, the recording\\; and a long thank-you "
                           "note — très important\\, with émphasis (Ada Lovelace)")));
        QVERIFY(lines.contains(QStringLiteral("UID:follow-up-%1@chorus").arg(*openId)));
        QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20261120T090000Z")));
        QVERIFY(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20270206")));
        QVERIFY(lines.contains(QStringLiteral("DTEND;VALUE=DATE:20270208"))); // exclusive end
        QVERIFY(lines.contains(QStringLiteral("LOCATION:Brussels\\, Belgium")));
        // Every DTSTAMP/UID pair is present in every component.
        QCOMPARE(lines.filter(QStringLiteral("DTSTAMP:")).size(), 3);
    }

    void jsonExportImportExportIsIdentical() {
        test::TempWorkspace source;
        SampleOptions options;
        options.people = 150;
        options.seed = 7;
        auto generated = SampleGenerator::generate(source->database(), options);
        VERIFY_OK(generated);
        QVERIFY(source->notes().add(
            Note{0, NoteSubject::Person, 1, QStringLiteral("ünïcödé \"quotes\"\n\tand tabs"), {}, {}}));
        auto a = WorkspaceExport::json(source.ws());
        VERIFY_OK(a);
        const QJsonObject root = QJsonDocument::fromJson(*a).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("chorus-workspace"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        // The 150 people and the user's own row.
        QCOMPARE(
            root.value(QStringLiteral("tables")).toObject().value(QStringLiteral("people")).toArray().size(),
            151);
        // The stance history travels too: one row per person created, plus the sample's invented movements.
        QVERIFY(root.value(QStringLiteral("tables"))
                    .toObject()
                    .value(QStringLiteral("stance_changes"))
                    .toArray()
                    .size() > 151);

        auto dump = JsonWorkspace::parse(*a, QStringLiteral("a.json"));
        VERIFY_OK(dump);
        QVERIFY(dump->rows(QStringLiteral("touchpoints")) > 0);
        test::TempWorkspace target;
        auto loaded = JsonWorkspace::importInto(target.ws(), *dump);
        VERIFY_OK(loaded);
        target.reopen();
        auto b = WorkspaceExport::json(target.ws());
        VERIFY_OK(b);
        QVERIFY(*a == *b);
        // Derived data is rebuilt: search and summaries work on the imported workspace.
        QCOMPARE(*target->people().count(true), *source->people().count(true));
        QVERIFY(!target->search().search(QStringLiteral("ünïcödé"), 5)->isEmpty());

        // Into a workspace that holds data: refused, nothing written.
        const QByteArray before = test::contentDigest(source.path());
        auto refused = JsonWorkspace::importInto(source.ws(), *dump);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(test::contentDigest(source.path()), before);
    }

    void peopleCsvExportImportsBackTheSamePeople() {
        test::TempWorkspace source;
        SampleOptions options;
        options.people = 120;
        options.seed = 11;
        auto generated = SampleGenerator::generate(source->database(), options);
        VERIFY_OK(generated);
        // Cells a spreadsheet would run, delimiters, quotes and line breaks survive the trip.
        Person hostile;
        hostile.name = QStringLiteral("=HYPERLINK(\"http://evil\")");
        hostile.organisation = QStringLiteral("Quotes \"R\" Us, Ltd; Europe");
        hostile.role = QStringLiteral("-Head of\nCommunity");
        hostile.location = QStringLiteral("+Zürich");
        hostile.stance = Stance::Sceptic;
        hostile.reach = 12345;
        hostile.identities = {
            Identity{0, 0, QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000"), {}},
            Identity{0, 0, QStringLiteral("mastodon"), QStringLiteral("@ada@hachyderm.io"), {}}};
        hostile.tags = {QStringLiteral("@core team"), QStringLiteral("Berlin, DE")}; // a comma in one tag
        hostile.topics = {PersonTopic{0, QStringLiteral("Ünicode"), 1.0},
                          PersonTopic{0, QStringLiteral("C, C++ and Rust"), 1.0}};
        auto added = source->people().add(hostile);
        VERIFY_OK(added);

        auto csv = WorkspaceExport::peopleCsv(source.ws());
        VERIFY_OK(csv);
        QVERIFY(csv->startsWith(
            "\xEF\xBB\xBFname,organisation,role,location,stance,reach,handles,topics,tags\r\n"));
        QVERIFY(csv->contains("'=HYPERLINK")); // neutralised for spreadsheets
        QVERIFY(csv->contains("\"'-Head of\nCommunity\""));

        // Into an empty workspace: the header alone picks the Chorus preset.
        auto read = CsvImport::read(*csv, QStringLiteral("people.csv"), {});
        VERIFY_OK(read);
        QCOMPARE(read->preset, QStringLiteral("chorus"));
        test::TempWorkspace target;
        auto plan = ImportPlanner::plan(target.ws(), read->fileName, read->records);
        VERIFY_OK(plan);
        // The generator gives a few people a handle someone else already has (duplicates to find): the import
        // keeps the first of them, as it should. Leave those out of the comparison.
        QStringList before = peopleDigest(source.ws());
        QVERIFY(plan->skippedCount <= 3);
        for (const PlannedRow& row : plan->rows) {
            if (row.action == PlanAction::Skipped) {
                QVERIFY2(row.reason.startsWith(QStringLiteral("the same ")), qPrintable(row.reason));
                QVERIFY(before.removeOne(personDigest(row.incoming)));
            }
        }
        QCOMPARE(plan->newCount, int(before.size()));
        auto committed = ImportCommitter::commit(target.ws(), *plan);
        VERIFY_OK(committed);
        QVERIFY(before.join(QString()).contains(QStringLiteral("=HYPERLINK(\"http://evil\")|Quotes")));
        QCOMPARE(peopleDigest(target.ws()), before);
    }

    void jsonErrorsNameThePlaceAndWriteNothing() {
        auto syntax =
            JsonWorkspace::parse("{\n  \"format\": \"chorus-workspace\",\n  \"version\": 1,\n  oops\n}",
                                 QStringLiteral("broken.json"));
        QVERIFY(!syntax);
        QVERIFY2(syntax.error().message.contains(QStringLiteral("broken.json, line 4")),
                 qPrintable(syntax.error().message));
        auto badDate =
            JsonWorkspace::parse(R"({"format": "chorus-workspace", "version": 1, "tables": {"people": [
            {"id": 1, "name": "Ada", "organisation": "", "role": "", "location": "", "stance": "unknown",
             "reach": null, "archived": false, "is_self": false, "created_at": "yesterday",
             "updated_at": "2026-11-20T09:00:00Z"}]}})",
                                 QStringLiteral("bad.json"));
        QVERIFY(!badDate);
        QVERIFY2(badDate.error().message.contains(QStringLiteral("bad.json, tables.people[0].created_at")),
                 qPrintable(badDate.error().message));
        auto newer = JsonWorkspace::parse(R"({"format": "chorus-workspace", "version": 99, "tables": {}})",
                                          QStringLiteral("new.json"));
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::NewerSchema);

        // A follow-up about a person the file does not have: the whole load is rolled back.
        auto dangling = JsonWorkspace::parse(R"({"format": "chorus-workspace", "version": 1, "tables": {
            "people": [{"id": 1, "name": "Ada", "organisation": "", "role": "", "location": "", "stance": "unknown",
             "reach": null, "archived": false, "is_self": false, "created_at": "2026-11-20T09:00:00Z",
             "updated_at": "2026-11-20T09:00:00Z"}],
            "follow_ups": [{"id": 1, "person_id": 42, "title": "x", "due_on": "2026-12-01", "snoozed_until": null,
             "done_at": null, "created_at": "2026-11-20T09:00:00Z", "touchpoint_id": null}]}})",
                                             QStringLiteral("dangling.json"));
        VERIFY_OK(dangling);
        test::TempWorkspace tw;
        auto failed = JsonWorkspace::importInto(tw.ws(), *dangling);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("follow_ups row 0")),
                 qPrintable(failed.error().message));
        QCOMPARE(*tw->dumps().userRows(), 0);
    }

    void exportFilesArePrivateAndAtomic() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.vcf"));
        VERIFY_OK(WorkspaceExport::writeFile(path, QByteArray("old")));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFileDevice::Permissions());
        auto failed = WorkspaceExport::writeFile(dir.filePath(QStringLiteral("missing/people.vcf")), "x");
        QVERIFY(!failed);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestIoExport)
#include "tst_io_export.moc"
