#include "support/LocalHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using chorus::test::HttpRequest;
using chorus::test::HttpResponse;
using chorus::test::LocalHttpServer;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QByteArray fixture(const QString& name) {
    QFile f(qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestCliSources : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    LocalHttpServer m_server;

    /// Runs chorus-cli while this process's event loop keeps the local server answering.
    Run cli(QStringList args, const QString& db) {
        args << QStringLiteral("--db") << db;
        QProcess p;
        p.start(qEnvironmentVariable("CHORUS_CLI"), args);
        if (!p.waitForStarted())
            qFatal("chorus-cli did not start");
        for (int waited = 0; p.state() != QProcess::NotRunning && waited < 60000; waited += 20)
            QTest::qWait(20);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            qFatal("chorus-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_server.route("/feed.xml", [](const HttpRequest& request) {
            HttpResponse r;
            if (request.headers.value("if-none-match") == "\"abc\"") {
                r.status = 304;
                return r;
            }
            r.headers = {{"ETag", "\"abc\""}, {"Content-Type", "application/rss+xml"}};
            r.body = fixture(QStringLiteral("rss2-blog.xml"));
            return r;
        });
        m_server.route("/broken.xml", [](const HttpRequest&) {
            HttpResponse r;
            r.status = 500;
            r.body = "oops";
            return r;
        });
    }

    void followAndRefreshFromTheShell() {
        const QString db = m_dir.filePath(QStringLiteral("sources.chorus"));
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("list")}, db).code,
                 1); // never creates a workspace
        QVERIFY(!QFile::exists(db));
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Ada"), QStringLiteral("--topic"), QStringLiteral("WebAssembly")},
                     db)
                     .code,
                 0);
        const QString feed = m_server.url(QStringLiteral("/feed.xml")).toString();
        Run added = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("1"), feed,
                         QStringLiteral("--json")},
                        db);
        QCOMPARE(added.code, 0);
        QCOMPARE(added.json().value(QStringLiteral("url")).toString(), feed);
        QCOMPARE(
            added.json().value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Ada"));
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("1"), feed}, db).code,
                 1);
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("x"), feed}, db).code,
                 2);
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("9"), feed}, db).code,
                 1);

        Run refreshed =
            cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("--json")}, db);
        QCOMPARE(refreshed.code, 0);
        QCOMPARE(refreshed.json().value(QStringLiteral("added")).toInt(), 3);
        QCOMPARE(refreshed.json().value(QStringLiteral("fetched")).toInt(), 1);

        Run again = cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("--person"),
                         QStringLiteral("1")},
                        db);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("not modified")), qPrintable(again.out));
        QCOMPARE(m_server.requests("/feed.xml").last().headers.value("if-none-match"), QByteArray("\"abc\""));

        Run search = cli({QStringLiteral("search"), QStringLiteral("borrow"), QStringLiteral("--json")}, db);
        QVERIFY2(search.out.contains(QLatin1String("Borrow checking")), qPrintable(search.out));

        Run listed = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")}, db);
        const QJsonObject source =
            listed.json().value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("items")).toInt(), 3);
        QCOMPARE(source.value(QStringLiteral("last_status")).toString(), QStringLiteral("304"));
        QCOMPARE(source.value(QStringLiteral("title")).toString(), QStringLiteral("Ada\u2019s Notes"));
    }

    void failuresBackOffUnlessForced() {
        const QString db = m_dir.filePath(QStringLiteral("failing.chorus"));
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Grace")},
                     db)
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("1"),
                      m_server.url(QStringLiteral("/broken.xml")).toString()},
                     db)
                     .code,
                 0);
        Run failed = cli({QStringLiteral("sources"), QStringLiteral("refresh")}, db);
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.out.contains(QLatin1String("500")), qPrintable(failed.out));
        Run listed = cli({QStringLiteral("sources"), QStringLiteral("list")}, db);
        QVERIFY2(listed.out.contains(QLatin1String("500 (failed 1x)")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QLatin1String("/broken.xml: the server answered 500")));

        Run waiting =
            cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("--json")}, db);
        QCOMPARE(waiting.code, 0);
        QCOMPARE(waiting.json().value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(m_server.requests("/broken.xml").size(), 1);

        QCOMPARE(
            cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("--force")}, db).code,
            1);
        QCOMPARE(m_server.requests("/broken.xml").size(), 2);
        Run json = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")}, db);
        QCOMPARE(json.json()
                     .value(QStringLiteral("sources"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("failures"))
                     .toInt(),
                 2);

        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("1")}, db).code, 0);
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("1")}, db).code, 1);
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("--person"),
                      QStringLiteral("1"), QStringLiteral("--source"), QStringLiteral("1")},
                     db)
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSources)
#include "tst_cli_sources.moc"
