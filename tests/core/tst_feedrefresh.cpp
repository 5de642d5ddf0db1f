#include "feeds/FeedRefresher.h"
#include "support/LocalHttpServer.h"
#include "support/TempWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace chorus;
using chorus::test::HttpRequest;
using chorus::test::HttpResponse;
using chorus::test::LocalHttpServer;
using chorus::test::TempWorkspace;

namespace {
QByteArray fixture(const QString& name) {
    QFile f(qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

HttpResponse ok(const QByteArray& body, QList<QPair<QByteArray, QByteArray>> headers = {}) {
    HttpResponse r;
    r.body = body;
    r.headers = std::move(headers);
    r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/rss+xml; charset=utf-8"));
    return r;
}

HttpResponse status(int code, QList<QPair<QByteArray, QByteArray>> headers = {}) {
    HttpResponse r;
    r.status = code;
    r.headers = std::move(headers);
    r.body = "status " + QByteArray::number(code);
    return r;
}

/// Runs one refresh to its end (the event loop keeps serving the local server meanwhile).
RefreshSummary run(FeedRefresher& refresher, const std::function<Status()>& start) {
    QSignalSpy finished(&refresher, &FeedRefresher::finished);
    const Status st = start();
    if (!st)
        qFatal("refresh did not start: %s", qPrintable(st.error().message));
    if (!finished.wait(20000))
        qFatal("refresh did not finish");
    return finished.first().first().value<RefreshSummary>();
}
} // namespace

class TestFeedRefresh : public QObject {
    Q_OBJECT
    LocalHttpServer m_server;

    Id addSource(TempWorkspace& tw, Id person, const QString& path) {
        Source s;
        s.personId = person;
        s.url = m_server.url(path);
        return *tw->sources().add(s);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void etagThenNotModified() {
        m_server.route("/etag.xml", [](const HttpRequest& request) {
            if (request.headers.value("if-none-match") == "\"v1\"")
                return status(304, {{"ETag", "\"v1\""}});
            return ok(fixture(QStringLiteral("rss2-blog.xml")),
                      {{"ETag", "\"v1\""}, {"Last-Modified", "Tue, 17 Nov 2026 09:30:00 GMT"}});
        });
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id id = addSource(tw, ada, QStringLiteral("/etag.xml"));
        FeedRefresher refresher(tw.ws());
        QSignalSpy progress(&refresher, &FeedRefresher::progress);
        RefreshSummary first = run(refresher, [&] { return refresher.refreshAll(); });
        QCOMPARE(first.fetched, 1);
        QCOMPARE(first.added, 3);
        QCOMPARE(progress.last(), (QList<QVariant>{1, 1}));
        Source s = *tw->sources().get(id);
        QCOMPARE(s.etag, QStringLiteral("\"v1\""));
        QCOMPARE(s.lastModified, QStringLiteral("Tue, 17 Nov 2026 09:30:00 GMT"));
        QCOMPARE(s.lastStatus, QStringLiteral("200"));
        QCOMPARE(s.title, QStringLiteral("Ada\u2019s Notes"));
        QCOMPARE(s.lastSuccessAt, tw.clock().now());

        const RefreshSummary second = run(refresher, [&] { return refresher.refreshAll(); });
        QCOMPARE(second.notModified, 1);
        QCOMPARE(second.added, 0);
        const auto requests = m_server.requests("/etag.xml");
        QCOMPARE(requests.size(), 2);
        QVERIFY(!requests[0].headers.contains("if-none-match"));
        QCOMPARE(requests[1].headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(requests[1].headers.value("if-modified-since"), QByteArray("Tue, 17 Nov 2026 09:30:00 GMT"));
        QCOMPARE(tw->sources().get(id)->lastStatus, QStringLiteral("304"));
        QCOMPARE(*tw->conversations().count(), 3);
    }

    void notFoundIsRecorded() {
        TempWorkspace tw;
        const Id id = addSource(tw, tw.addPerson(QStringLiteral("Ada")), QStringLiteral("/missing.xml"));
        FeedRefresher refresher(tw.ws());
        const RefreshSummary summary = run(refresher, [&] { return refresher.refreshSource(id); });
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.outcomes[0].status, QStringLiteral("404"));
        const Source s = *tw->sources().get(id);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.lastStatus, QStringLiteral("404"));
        QVERIFY2(s.lastError.contains(QLatin1String("404")) &&
                     s.lastError.contains(QLatin1String("/missing.xml")),
                 qPrintable(s.lastError));
        QCOMPARE(s.nextAttemptAt, tw.clock().now().addSecs(15 * 60));
    }

    void serverErrorBacksOff() {
        bool healthy = false;
        m_server.route("/flaky.xml", [&healthy](const HttpRequest&) {
            return healthy ? ok(fixture(QStringLiteral("mastodon.rss"))) : status(500);
        });
        TempWorkspace tw;
        const Id id = addSource(tw, tw.addPerson(QStringLiteral("Ada")), QStringLiteral("/flaky.xml"));
        FeedRefresher refresher(tw.ws());
        const QDateTime start = tw.clock().now();
        QCOMPARE(run(refresher, [&] { return refresher.refreshAll(); }).failed, 1);
        QCOMPARE(tw->sources().get(id)->nextAttemptAt, start.addSecs(15 * 60));

        // Within the back-off the source is not fetched at all.
        tw.clock().set(start.addSecs(10 * 60));
        const RefreshSummary waiting = run(refresher, [&] { return refresher.refreshAll(); });
        QCOMPARE(waiting.skipped, 1);
        QCOMPARE(m_server.requests("/flaky.xml").size(), 1);

        // After it: tried again, failing again doubles the wait.
        tw.clock().set(start.addSecs(16 * 60));
        QCOMPARE(run(refresher, [&] { return refresher.refreshAll(); }).failed, 1);
        Source s = *tw->sources().get(id);
        QCOMPARE(s.failures, 2);
        QCOMPARE(s.nextAttemptAt, start.addSecs(16 * 60 + 30 * 60));
        QVERIFY(s.lastError.contains(QLatin1String("500")));

        // An explicit refresh of the one source ignores the back-off; success clears it.
        healthy = true;
        RefreshOptions eager;
        eager.ignoreBackoff = true;
        FeedRefresher now(tw.ws(), eager);
        QCOMPARE(run(now, [&] { return now.refreshSource(id); }).added, 2);
        s = *tw->sources().get(id);
        QCOMPARE(s.failures, 0);
        QVERIFY(!s.nextAttemptAt.isValid());
        QVERIFY(s.lastError.isEmpty());
        QCOMPARE(FeedRefresher::nextAttempt(start, 20, eager), start.addSecs(24 * 60 * 60));
    }

    void slowServerTimesOut() {
        HttpResponse hung;
        hung.never = true;
        m_server.serve("/hung.xml", hung);
        TempWorkspace tw;
        const Id id = addSource(tw, tw.addPerson(QStringLiteral("Ada")), QStringLiteral("/hung.xml"));
        RefreshOptions options;
        options.timeoutMs = 400;
        FeedRefresher refresher(tw.ws(), options);
        QElapsedTimer timer;
        timer.start();
        const RefreshSummary summary = run(refresher, [&] { return refresher.refreshAll(); });
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.outcomes[0].status, QStringLiteral("timeout"));
        QCOMPARE(tw->sources().get(id)->lastStatus, QStringLiteral("timeout"));
    }

    void redirectsAreFollowedToALimit() {
        m_server.serve("/loop.xml", status(302, {{"Location", "/loop.xml"}}));
        m_server.serve("/moved.xml", status(301, {{"Location", "/target.xml"}}));
        m_server.serve("/target.xml", ok(fixture(QStringLiteral("bluesky.rss"))));
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id loop = addSource(tw, ada, QStringLiteral("/loop.xml"));
        const Id moved = addSource(tw, ada, QStringLiteral("/moved.xml"));
        RefreshOptions options;
        options.maxRedirects = 3;
        FeedRefresher refresher(tw.ws(), options);
        const RefreshSummary summary = run(refresher, [&] { return refresher.refreshPerson(ada); });
        QCOMPARE(summary.fetched, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(tw->sources().get(loop)->lastStatus, QStringLiteral("redirects"));
        // The first request and three redirects; Qt may resend a request once when the server closed the
        // connection first, so allow for that, but the loop must stop.
        const auto loopRequests = m_server.requests("/loop.xml").size();
        QVERIFY2(loopRequests >= 4 && loopRequests <= 8, qPrintable(QString::number(loopRequests)));
        QCOMPARE(tw->sources().get(moved)->itemCount, 2);
    }

    void gzipIsInflated() {
        m_server.serve("/gzip.xml",
                       ok(fixture(QStringLiteral("rss2-blog.xml.gz")), {{"Content-Encoding", "gzip"}}));
        TempWorkspace tw;
        addSource(tw, tw.addPerson(QStringLiteral("Ada")), QStringLiteral("/gzip.xml"));
        FeedRefresher refresher(tw.ws());
        const RefreshSummary summary = run(refresher, [&] { return refresher.refreshAll(); });
        QCOMPARE(summary.added, 3);
        QVERIFY(m_server.requests("/gzip.xml").first().headers.value("accept-encoding").contains("gzip"));
    }

    void perHostLimitAndOnePersonOnly() {
        HttpResponse slow = ok(fixture(QStringLiteral("atom.xml")));
        slow.delayMs = 150;
        for (int i = 0; i < 5; ++i)
            m_server.serve("/slow" + QByteArray::number(i) + ".xml", slow);
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id grace = tw.addPerson(QStringLiteral("Grace"));
        for (int i = 0; i < 5; ++i)
            addSource(tw, ada, QStringLiteral("/slow%1.xml").arg(i));
        const Id graces = addSource(tw, grace, QStringLiteral("/missing-grace.xml"));
        RefreshOptions options;
        options.perHostLimit = 2;
        FeedRefresher refresher(tw.ws(), options);
        const RefreshSummary summary = run(refresher, [&] { return refresher.refreshPerson(ada); });
        QCOMPARE(summary.sources, 5);
        QCOMPARE(summary.fetched, 5);
        QCOMPARE(summary.added, 2); // the same two entries in every copy of the feed
        QVERIFY2(m_server.maxConcurrent() <= 2, qPrintable(QString::number(m_server.maxConcurrent())));
        QVERIFY(!tw->sources().get(graces)->lastFetchedAt.isValid());
    }

    void cancelStopsEverything() {
        HttpResponse hung;
        hung.never = true;
        m_server.serve("/cancel-a.xml", hung);
        m_server.serve("/cancel-b.xml", hung);
        m_server.serve("/cancel-c.xml", hung);
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        for (const char* path : {"/cancel-a.xml", "/cancel-b.xml", "/cancel-c.xml"})
            addSource(tw, ada, QString::fromLatin1(path));
        RefreshOptions options;
        options.perHostLimit = 1;
        FeedRefresher refresher(tw.ws(), options);
        QSignalSpy finished(&refresher, &FeedRefresher::finished);
        QVERIFY(refresher.refreshAll());
        QTRY_VERIFY(!m_server.requests("/cancel-a.xml").isEmpty());
        refresher.cancel();
        QTRY_COMPARE(finished.size(), 1);
        const auto summary = finished.first().first().value<RefreshSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.failed, 0);
        QVERIFY(!refresher.isRunning());
        const QVector<Source> sources = *tw->sources().list();
        for (const Source& s : sources)
            QCOMPARE(s.failures, 0); // a cancelled fetch is not a failure
    }

    void pageResolvesToItsFeed() {
        m_server.serve("/blog/", ok("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                                    "href=\"/blog/feed.rss\"></head><body>Blog</body></html>"));
        m_server.serve("/blog/feed.rss", ok(fixture(QStringLiteral("podcast.rss"))));
        m_server.serve("/bad.xml", ok(fixture(QStringLiteral("malformed.rss"))));
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id blog = addSource(tw, ada, QStringLiteral("/blog/"));
        const Id bad = addSource(tw, ada, QStringLiteral("/bad.xml"));
        FeedRefresher refresher(tw.ws());
        const RefreshSummary summary = run(refresher, [&] { return refresher.refreshAll(); });
        QCOMPARE(summary.added, 2);
        QCOMPARE(tw->sources().get(blog)->url, m_server.url(QStringLiteral("/blog/feed.rss")));
        const Source broken = *tw->sources().get(bad);
        QCOMPARE(broken.lastStatus, QStringLiteral("not a feed"));
        QVERIFY2(broken.lastError.contains(QLatin1String("line 12")), qPrintable(broken.lastError));
    }

    void offlineKeepsWhatWasFetched() {
        m_server.serve("/offline.xml", ok(fixture(QStringLiteral("mastodon.rss"))));
        TempWorkspace tw;
        const Id id = addSource(tw, tw.addPerson(QStringLiteral("Ada")), QStringLiteral("/offline.xml"));
        FeedRefresher refresher(tw.ws());
        QCOMPARE(run(refresher, [&] { return refresher.refreshAll(); }).added, 2);
        // Nothing listens on this port any more: the source fails, its items stay.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(tw->sources().setUrl(id, QUrl(QStringLiteral("http://127.0.0.1:%1/offline.xml").arg(port))));
        const RefreshSummary summary = run(refresher, [&] { return refresher.refreshAll(); });
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.outcomes[0].status, QStringLiteral("network"));
        QCOMPARE(*tw->conversations().count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFeedRefresh)
#include "tst_feedrefresh.moc"
