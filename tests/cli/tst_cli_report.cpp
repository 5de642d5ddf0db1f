#include "report/ReportFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using chorus::test::ReportFixture;
using chorus::test::TempWorkspace;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run cli(QStringList args, const QString& db) {
    args << QStringLiteral("--db") << db;
    return run(qEnvironmentVariable("CHORUS_CLI"), args);
}

const QStringList kPeriod{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                          QStringLiteral("2026-11-19")};
} // namespace

class TestCliReport : public QObject {
    Q_OBJECT
    TempWorkspace m_tw;
    ReportFixture m_fx;
    QString m_db;

    QString out(const QString& name) const { return m_tw.dir() + QLatin1Char('/') + name; }

private slots:
    void initTestCase() {
        m_fx.fill(m_tw);
        m_db = m_tw.path();
        m_tw.close();
    }

    void periodPdf() {
        const Run r =
            cli(QStringList{QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("period"),
                            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--page"),
                            QStringLiteral("letter"), QStringLiteral("--out"), out(QStringLiteral("p.pdf"))} +
                    kPeriod,
                m_db);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QString());
        const Run info = run(QStringLiteral("pdfinfo"), {out(QStringLiteral("p.pdf"))});
        const auto pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
        QVERIFY2(pages >= 4 && pages <= 14, qPrintable(info.out));
        QVERIFY(info.out.contains(QStringLiteral("612 x 792 pts"))); // Letter
        const Run text =
            run(QStringLiteral("pdftotext"), {out(QStringLiteral("p.pdf")), QStringLiteral("-")});
        QVERIFY(text.out.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(text.out.contains(QStringLiteral("Grace Hopper")));
    }

    void formatFromTheExtensionAndJson() {
        for (const QString& name :
             {QStringLiteral("p.html"), QStringLiteral("p.md"), QStringLiteral("p.csv")}) {
            const Run r =
                cli(QStringList{QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("period"),
                                QStringLiteral("--out"), out(name), QStringLiteral("--json")} +
                        kPeriod,
                    m_db);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("format")).toString(), QFileInfo(name).suffix());
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("period"));
            QCOMPARE(qint64(o.value(QStringLiteral("bytes")).toDouble()), QFileInfo(out(name)).size());
            QVERIFY(QFile(out(name)).permissions().testFlag(QFile::ReadOwner));
            QVERIFY(!QFile(out(name)).permissions().testFlag(QFile::ReadOther));
        }
        QFile md(out(QStringLiteral("p.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(md.readAll()).contains(QStringLiteral("| Ada Lovelace |")));
    }

    void personDossierAndCommunity() {
        const Run person =
            cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("person"),
                 QStringLiteral("--person"), QString::number(m_fx.eve), QStringLiteral("--format"),
                 QStringLiteral("html"), QStringLiteral("--out"), out(QStringLiteral("eve.html"))},
                m_db);
        QVERIFY2(person.code == 0, qPrintable(person.err));
        QFile html(out(QStringLiteral("eve.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(QStringLiteral("&lt;img src=file:///etc/passwd&gt;")));
        QVERIFY(!text.contains(QStringLiteral("<script")));

        const Run community =
            cli(QStringList{QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("community"),
                            QStringLiteral("--topic"), QStringLiteral("rust on windows"),
                            QStringLiteral("--out"), out(QStringLiteral("rust.csv"))} +
                    kPeriod,
                m_db);
        QVERIFY2(community.code == 0, qPrintable(community.err));
        QFile csv(out(QStringLiteral("rust.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto rows = chorus::test::parseCsv(csv.readAll());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1][1], QStringLiteral("Ada Lovelace")); // healthiest first

        const Run touchpoints =
            cli(QStringList{QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("period"),
                            QStringLiteral("--table"), QStringLiteral("touchpoints"), QStringLiteral("--out"),
                            out(QStringLiteral("tp.csv"))} +
                    kPeriod,
                m_db);
        QCOMPARE(touchpoints.code, 0);
        QFile tp(out(QStringLiteral("tp.csv")));
        QVERIFY(tp.open(QIODevice::ReadOnly));
        QCOMPARE(chorus::test::parseCsv(tp.readAll()).size(), 6);
    }

    void badUsageAndBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString f = out(QStringLiteral("never.pdf"));
        QTest::newRow("kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("yearly"),
                                             QStringLiteral("--out"), f}
                              << 2 << QStringLiteral("--kind");
        QTest::newRow("no out") << QStringList{QStringLiteral("--kind"), QStringLiteral("period")} << 2
                                << QStringLiteral("--out");
        QTest::newRow("format") << QStringList{QStringLiteral("--kind"),   QStringLiteral("period"),
                                               QStringLiteral("--format"), QStringLiteral("docx"),
                                               QStringLiteral("--out"),    f}
                                << 2 << QStringLiteral("--format");
        QTest::newRow("date") << QStringList{QStringLiteral("--kind"), QStringLiteral("period"),
                                             QStringLiteral("--from"), QStringLiteral("last year"),
                                             QStringLiteral("--out"),  f}
                              << 2 << QStringLiteral("--from");
        QTest::newRow("reversed") << QStringList{QStringLiteral("--kind"), QStringLiteral("period"),
                                                 QStringLiteral("--from"), QStringLiteral("2026-11-19"),
                                                 QStringLiteral("--to"),   QStringLiteral("2026-11-01"),
                                                 QStringLiteral("--out"),  f}
                                  << 2 << QStringLiteral("after");
        QTest::newRow("no person") << QStringList{QStringLiteral("--kind"), QStringLiteral("person"),
                                                  QStringLiteral("--out"), f}
                                   << 2 << QStringLiteral("--person");
        QTest::newRow("unknown person")
            << QStringList{QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--person"),
                           QStringLiteral("9999"),   QStringLiteral("--out"),  f}
            << 1 << QStringLiteral("9999");
        QTest::newRow("unknown topic")
            << QStringList{QStringLiteral("--kind"),   QStringLiteral("community"), QStringLiteral("--topic"),
                           QStringLiteral("Knitting"), QStringLiteral("--out"),     f}
            << 1 << QStringLiteral("Knitting");
        QTest::newRow("section") << QStringList{QStringLiteral("--kind"),
                                                QStringLiteral("period"),
                                                QStringLiteral("--sections"),
                                                QStringLiteral("summary,gossip"),
                                                QStringLiteral("--out"),
                                                f}
                                 << 2 << QStringLiteral("gossip");
    }
    void badUsageAndBadInput() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(QStringList{QStringLiteral("report")} + args, m_db);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith(QStringLiteral("chorus-cli report: ")) && r.err.contains(message),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(out(QStringLiteral("never.pdf"))));
    }

    void missingWorkspaceIsNotCreated() {
        const QString db = out(QStringLiteral("missing.chorus"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("period"),
                           QStringLiteral("--out"), out(QStringLiteral("m.md"))},
                          db);
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(out(QStringLiteral("m.md"))));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
