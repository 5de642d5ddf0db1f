#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("CHORUS_CLI"), args);
    if (!p.waitForFinished(120000))
        qFatal("chorus-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const QString& name) {
    return qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/io/") + name;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliIo : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void dryRunShowsThePlanAndWritesNothing() {
        const QString db = path(QStringLiteral("dry.chorus"));
        Run r =
            cli({"import", "csv", fixture("linkedin_connections.csv"), "--dry-run", "--json", "--db", db});
        QCOMPARE(r.code, 0);
        const QJsonObject plan = r.json();
        QCOMPARE(plan.value("new").toInt(), 4);
        QCOMPARE(plan.value("preset").toString(), QStringLiteral("linkedin"));
        QCOMPARE(plan.value("columns").toObject().value("URL").toString(), QStringLiteral("linkedin"));
        QVERIFY(!QFileInfo::exists(db));
    }

    void importsMatchesAndReportsSkippedRows() {
        const QString db = path(QStringLiteral("people.chorus"));
        Run first = cli({"import", "csv", fixture("linkedin_connections.csv"), "--db", db});
        QCOMPARE(first.code, 0);
        QVERIFY(first.out.contains(QStringLiteral("4 new")));
        Run second = cli({"import", "csv", fixture("data_problems.csv"), "--json", "--db", db});
        QCOMPARE(second.code, 0);
        const QJsonObject result = second.json();
        QCOMPARE(result.value("matched").toInt(), 1); // Ada, by her email
        QCOMPARE(result.value("skipped").toInt(), 5);
        QCOMPARE(result.value("created").toInt(), 1);
        const QJsonArray rows = result.value("rows").toArray();
        QCOMPARE(rows.first().toObject().value("action").toString(), QStringLiteral("matched"));
        QCOMPARE(rows.first().toObject().value("line").toInt(), 2);
        Run list = cli({"person", "list", "--json", "--db", db});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("Alan Turing")));
        QCOMPARE(list.out.count(QStringLiteral("\"Ada Lovelace\"")), 1);

        Run vcard = cli({"import", "vcard", fixture("apple.vcf"), "--db", db});
        QCOMPARE(vcard.code, 0);
        // José came from LinkedIn already: matched by his email, he gains his phone and profiles.
        QVERIFY2(vcard.out.contains(QStringLiteral("0 new, 1 updated")), qPrintable(vcard.out));
    }

    void malformedInputIsOneLineAndNothingIsWritten() {
        const QString db = path(QStringLiteral("never.chorus"));
        Run bad = cli({"import", "csv", fixture("unterminated_quote.csv"), "--db", db});
        QCOMPARE(bad.code, 1);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(bad.err.contains(QStringLiteral("unterminated_quote.csv, line 3, column 1")),
                 qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(db));
        Run card = cli({"import", "vcard", fixture("missing_end.vcf"), "--db", db});
        QCOMPARE(card.code, 1);
        QVERIFY(card.err.contains(QStringLiteral("missing_end.vcf, line 1")));
        Run mapping = cli({"import", "csv", fixture("semicolon_latin1.csv"), "--mapping",
                           fixture("mapping_bad.json"), "--db", db});
        QCOMPARE(mapping.code, 1);
        QVERIFY(mapping.err.contains(QStringLiteral("given")));
        QVERIFY(!QFileInfo::exists(db));
        Run usage = cli({"import", "vcard", fixture("google.vcf"), "--mapping", "linkedin", "--db", db});
        QCOMPARE(usage.code, 2);
        Run format = cli({"import", "xls", fixture("google.vcf"), "--db", db});
        QCOMPARE(format.code, 2);
        QVERIFY(!QFileInfo::exists(db));
    }

    void mappingFileAndOverrides() {
        const QString db = path(QStringLiteral("de.chorus"));
        Run r = cli({"import", "csv", fixture("semicolon_latin1.csv"), "--mapping",
                     fixture("mapping_de.json"), "--json", "--db", db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("encoding").toString(), QStringLiteral("windows-1252"));
        Run list = cli({"person", "list", "--json", "--db", db});
        QVERIFY(list.out.contains(QStringLiteral("Jürgen Müller")));
        // Forcing UTF-8 on a Windows-1252 file is refused with the line.
        Run forced = cli({"import", "csv", fixture("semicolon_latin1.csv"), "--mapping",
                          fixture("mapping_de.json"), "--encoding", "utf-8", "--dry-run", "--db", db});
        QCOMPARE(forced.code, 1);
        QVERIFY2(forced.err.contains(QStringLiteral("line 2")), qPrintable(forced.err));
    }

    void exportsArePrivateAndJsonRoundTrips() {
        const QString db = path(QStringLiteral("gen.chorus"));
        QCOMPARE(cli({"generate", "--people", "60", "--seed", "3", "--db", db}).code, 0);
        for (const QString& format :
             {QStringLiteral("vcard"), QStringLiteral("ics"), QStringLiteral("json")}) {
            const QString out = path(QStringLiteral("out.") + format);
            Run r = cli({"export", format, "--out", out, "--db", db});
            QCOMPARE(r.code, 0);
            QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                     QFileDevice::Permissions());
        }
        QVERIFY(readAll(path("out.ics")).startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(readAll(path("out.ics")).contains("BEGIN:VTODO\r\n"));
        QCOMPARE(readAll(path("out.vcard")).count("BEGIN:VCARD"), 60);

        const QString copy = path(QStringLiteral("copy.chorus"));
        Run imported = cli({"import", "json", path("out.json"), "--db", copy});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Imported 60 people")),
                 qPrintable(imported.out)); // not the user
        QCOMPARE(cli({"export", "json", "--out", path("again.json"), "--db", copy}).code, 0);
        QVERIFY(readAll(path("out.json")) == readAll(path("again.json")));
        Run twice = cli({"import", "json", path("out.json"), "--db", copy});
        QCOMPARE(twice.code, 1);
        QVERIFY(twice.err.contains(QStringLiteral("empty")));

        // vCard export → import → export is stable through the command line too.
        const QString cards = path(QStringLiteral("cards.chorus"));
        QCOMPARE(cli({"import", "vcard", path("out.vcard"), "--db", cards}).code, 0);
        QCOMPARE(cli({"export", "vcard", "--out", path("again.vcf"), "--db", cards}).code, 0);
        QVERIFY(readAll(path("out.vcard")) == readAll(path("again.vcf")));

        Run missing = cli({"export", "vcard", "--db", db});
        QCOMPARE(missing.code, 2);
        Run noDb = cli({"export", "ics", "--out", path("x.ics"), "--db", path("absent.chorus")});
        QCOMPARE(noDb.code, 1);
    }

    void touchpointsImportWithUnknownPeopleListed() {
        const QString db = path(QStringLiteral("tp.chorus"));
        QCOMPARE(cli({"person", "add", "--name", "Ada Lovelace", "--db", db}).code, 0);
        QCOMPARE(cli({"person", "add", "--name", "Grace Hopper", "--db", db}).code, 0);
        // The header is no known touchpoint export: a mapping file says what the rows are.
        const QString mapping = path(QStringLiteral("tp.json"));
        {
            QFile f(mapping);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"target": "touchpoints"})");
        }
        Run dry = cli({"import", "csv", fixture("touchpoints.csv"), "--mapping", mapping, "--dry-run",
                       "--json", "--db", db});
        QCOMPARE(dry.code, 0);
        const QJsonObject plan = dry.json();
        QCOMPARE(plan.value("target").toString(), QStringLiteral("touchpoints"));
        QCOMPARE(plan.value("new").toInt(), 3); // Ada twice, Grace once (her email is not stored)
        QCOMPARE(plan.value("unknown").toInt(), 3);
        QCOMPARE(plan.value("unknown_lines").toArray(), (QJsonArray{3, 4, 9}));
        QCOMPARE(plan.value("skipped").toInt(), 3);

        Run human = cli({"import", "csv", fixture("touchpoints.csv"), "--mapping", mapping, "--db", db});
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.contains(QStringLiteral("unknown person:  3 (lines 3, 4, 9)")),
                 qPrintable(human.out));
        QVERIFY2(human.out.contains(QStringLiteral("line 5: skipped: column 4 (Kind): \"lunch\"")),
                 qPrintable(human.out));
        QVERIFY(human.out.contains(QStringLiteral("Imported: 3 touchpoints")));
        Run again =
            cli({"import", "csv", fixture("touchpoints.csv"), "--mapping", mapping, "--json", "--db", db});
        QCOMPARE(again.json().value("matched").toInt(), 4); // line 8 repeats line 2, which is logged now
        QCOMPARE(again.json().value("created").toInt(), 0);

        // Chorus's own touchpoint CSV (from a report) is recognised by its header and re-imports as already
        // logged.
        const QString report = path(QStringLiteral("tp-report.csv"));
        QCOMPARE(cli({"report", "--kind", "period", "--from", "2026-01-01", "--to", "2026-12-31", "--format",
                      "csv", "--table", "touchpoints", "--out", report, "--db", db})
                     .code,
                 0);
        Run back = cli({"import", "csv", report, "--dry-run", "--json", "--db", db});
        QCOMPARE(back.code, 0);
        QCOMPARE(back.json().value("preset").toString(), QStringLiteral("touchpoints"));
        QCOMPARE(back.json().value("matched").toInt(), 3);
        QCOMPARE(back.json().value("new").toInt(), 0);
    }

    void peopleCsvExportRoundTrips() {
        const QString db = path(QStringLiteral("csvsrc.chorus"));
        QCOMPARE(cli({"generate", "--people", "40", "--seed", "5", "--db", db}).code, 0);
        const QString out = path(QStringLiteral("people.csv"));
        Run r = cli({"export", "csv", "--out", out, "--db", db});
        QCOMPARE(r.code, 0);
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const QString copy = path(QStringLiteral("csvcopy.chorus"));
        Run imported = cli({"import", "csv", out, "--json", "--db", copy});
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.json().value("preset").toString(), QStringLiteral("chorus"));
        QCOMPARE(imported.json().value("created").toInt(), 40);
        QCOMPARE(cli({"export", "csv", "--out", path("again.csv"), "--db", copy}).code, 0);
        QCOMPARE(readAll(path("again.csv")), readAll(out)); // the same people, byte for byte
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cli_io.moc"
