#include "feeds/FeedImporter.h"
#include "feeds/FeedParser.h"
#include "feeds/PersonFeeds.h"
#include "feeds/SourceDiscovery.h"
#include "feeds/TopicMatcher.h"
#include "support/TempWorkspace.h"

#include <QFile>
#include <QTest>

using namespace chorus;
using chorus::test::TempWorkspace;

namespace {
QByteArray fixture(const QString& name) {
    QFile f(qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

Feed feedFrom(const QString& name, const QString& url) {
    auto feed = FeedParser::parse(fixture(name), QUrl(url));
    if (!feed)
        qFatal("%s", qPrintable(feed.error().message));
    return *feed;
}

Identity identity(const QString& platform, const QString& handle, const QString& url = {}) {
    Identity i;
    i.id = 7;
    i.platform = platform;
    i.handle = handle;
    i.url = url;
    return i;
}

QStringList urls(const QVector<FeedCandidate>& candidates) {
    QStringList out;
    for (const FeedCandidate& c : candidates)
        out << c.url.toString() + (c.isPage ? QStringLiteral(" (page)") : QString());
    return out;
}

Id addSource(TempWorkspace& tw, Id person, const QString& url) {
    Source s;
    s.personId = person;
    s.url = QUrl(url);
    auto id = tw->sources().add(s);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

FeedImport mustImport(TempWorkspace& tw, Id sourceId, const Feed& feed) {
    FeedImporter importer(tw.ws());
    auto source = tw->sources().get(sourceId);
    if (!source)
        qFatal("%s", qPrintable(source.error().message));
    auto result = importer.import(*source, feed, {tw.clock().now(), QStringLiteral("200"), {}, {}, {}, 0});
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return *result;
}
} // namespace

class TestSources : public QObject {
    Q_OBJECT

private slots:
    void discoveryFromIdentities_data() {
        QTest::addColumn<Identity>("identity");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("mastodon handle")
            << identity(QStringLiteral("mastodon"), QStringLiteral("@ada@Hachyderm.io"))
            << QStringList{QStringLiteral("https://hachyderm.io/@ada.rss")};
        QTest::newRow("mastodon profile url")
            << identity(QStringLiteral("mastodon"), QStringLiteral("ada"),
                        QStringLiteral("https://fosstodon.org/@ada"))
            << QStringList{QStringLiteral("https://fosstodon.org/@ada.rss")};
        QTest::newRow("bluesky") << identity(QStringLiteral("bluesky"), QStringLiteral("@Ada.bsky.social"))
                                 << QStringList{
                                        QStringLiteral("https://bsky.app/profile/ada.bsky.social/rss")};
        QTest::newRow("github user") << identity(QStringLiteral("github"), QStringLiteral("ada"))
                                     << QStringList{QStringLiteral("https://github.com/ada.atom")};
        QTest::newRow("github repo url")
            << identity(QStringLiteral("github"), QStringLiteral("ada"),
                        QStringLiteral("https://github.com/ada/feedkit"))
            << QStringList{QStringLiteral("https://github.com/ada/feedkit/releases.atom")};
        QTest::newRow("youtube channel id")
            << identity(QStringLiteral("youtube"), QStringLiteral("UCabcdefghijklmnopqrstuv"))
            << QStringList{QStringLiteral(
                   "https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv")};
        QTest::newRow("youtube handle")
            << identity(QStringLiteral("youtube"), QStringLiteral("@adacodes"))
            << QStringList{QStringLiteral("https://www.youtube.com/@adacodes (page)")};
        QTest::newRow("blog page") << identity(QStringLiteral("blog"), QStringLiteral("ada.example.org"))
                                   << QStringList{QStringLiteral("https://ada.example.org (page)")};
        QTest::newRow("blog feed") << identity(QStringLiteral("website"), QStringLiteral("x"),
                                               QStringLiteral("https://ada.example.org/feed.xml"))
                                   << QStringList{QStringLiteral("https://ada.example.org/feed.xml")};
        QTest::newRow("email") << identity(QStringLiteral("email"), QStringLiteral("ada@example.org"))
                               << QStringList{};
        QTest::newRow("broken mastodon")
            << identity(QStringLiteral("mastodon"), QStringLiteral("ada")) << QStringList{};
    }
    void discoveryFromIdentities() {
        QFETCH(Identity, identity);
        QFETCH(QStringList, expected);
        const auto found = feedsForIdentity(identity);
        QCOMPARE(urls(found), expected);
        for (const FeedCandidate& c : found)
            QCOMPARE(c.identityId, Id(7));
    }

    void alternateLinksInAPage() {
        const auto found = feedLinksInHtml(fixture(QStringLiteral("not-a-feed.html")),
                                           QUrl(QStringLiteral("https://ada.example.org/about/")));
        QCOMPARE(urls(found), (QStringList{QStringLiteral("https://ada.example.org/feed.xml"),
                                           QStringLiteral("https://ada.example.org/atom.xml")}));
        QCOMPARE(found[0].title, QStringLiteral("Ada's Notes"));
        const QByteArray hostile =
            "<base href='https://cdn.example.net/x/'>"
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">"
            "<link rel=\"alternate feed\" type=\"application/atom+xml; charset=utf-8\" "
            "href=\"a.atom?x=1&amp;y=2\">";
        QCOMPARE(urls(feedLinksInHtml(hostile, QUrl(QStringLiteral("https://ada.example.org/")))),
                 QStringList{QStringLiteral("https://cdn.example.net/x/a.atom?x=1&y=2")});
    }

    void topicMatching() {
        const TopicMatcher matcher({{1, QStringLiteral("Rust"), false},
                                    {2, QStringLiteral("Go"), false},
                                    {3, QStringLiteral("C++"), false},
                                    {4, QStringLiteral("WebAssembly"), true}});
        QCOMPARE(matcher.match(QStringLiteral("Shipped a #rust crate; webassembly next")),
                 (QStringList{QStringLiteral("Rust"), QStringLiteral("WebAssembly")}));
        QCOMPARE(matcher.match(QStringLiteral("Let's go to the Trusty meetup")), QStringList{});
        QCOMPARE(matcher.match(QStringLiteral("Go generics vs C++ templates")),
                 (QStringList{QStringLiteral("Go"), QStringLiteral("C++")}));
    }

    void repository() {
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id id = addSource(tw, ada, QStringLiteral("https://hachyderm.io/@ada.rss"));
        Source bad;
        bad.personId = ada;
        bad.url = QUrl(QStringLiteral("ftp://example.org/feed"));
        QCOMPARE(tw->sources().add(bad).error().code, ErrorCode::Invalid);
        bad.url = QUrl(QStringLiteral("https://hachyderm.io/@ada.rss"));
        QCOMPARE(tw->sources().add(bad).error().code, ErrorCode::Conflict);
        bad.personId = 999;
        QCOMPARE(tw->sources().add(bad).error().code, ErrorCode::NotFound);

        const QDateTime t1 = tw.clock().now();
        QVERIFY(tw->sources().recordFailure(id, t1, QStringLiteral("500"), QStringLiteral("server error"),
                                            t1.addSecs(900)));
        QVERIFY(tw->sources().recordFailure(id, t1, QStringLiteral("500"), QStringLiteral("server error"),
                                            t1.addSecs(1800)));
        Source s = *tw->sources().get(id);
        QCOMPARE(s.failures, 2);
        QCOMPARE(s.nextAttemptAt, t1.addSecs(1800));
        QCOMPARE(s.lastError, QStringLiteral("server error"));
        QCOMPARE(s.personName, QStringLiteral("Ada"));
        QVERIFY(tw->sources().recordSuccess(
            id, {t1, QStringLiteral("200"), QStringLiteral("\"v1\""), {}, {}, 0}));
        QVERIFY(tw->sources().recordSuccess(id, {t1, QStringLiteral("304"), {}, {}, {}, 0}));
        s = *tw->sources().get(id);
        QCOMPARE(s.failures, 0);
        QVERIFY(!s.nextAttemptAt.isValid());
        QVERIFY(s.lastError.isEmpty());
        QCOMPARE(s.etag, QStringLiteral("\"v1\"")); // a 304 keeps the validator
        QCOMPARE(s.lastStatus, QStringLiteral("304"));
    }

    void itemsBecomeConversationsOnce() {
        TempWorkspace tw;
        QVERIFY(tw->topics().ensure(QStringLiteral("Rust")));
        QVERIFY(tw->topics().ensure(QStringLiteral("WebAssembly")));
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id id = addSource(tw, ada, QStringLiteral("https://hachyderm.io/@ada.rss"));
        const Feed feed =
            feedFrom(QStringLiteral("mastodon.rss"), QStringLiteral("https://hachyderm.io/@ada.rss"));
        QCOMPARE(mustImport(tw, id, feed).added, 2);

        const auto timeline = *tw->conversations().forPerson(ada);
        QCOMPARE(timeline.size(), 2);
        QCOMPARE(timeline[0].role, ParticipantRole::Started);
        const Conversation newest = *tw->conversations().get(timeline[0].conversationId);
        QCOMPARE(newest.title, QStringLiteral("Just shipped a new #Rust crate for parsing feeds!"));
        QCOMPARE(newest.platform, QStringLiteral("mastodon"));
        QCOMPARE(newest.topics, QStringList{QStringLiteral("Rust")});
        QCOMPARE(newest.startedAt, QDateTime(QDate(2026, 11, 18), QTime(10, 5, 12), Qt::UTC));
        QCOMPARE(newest.sourceId, id);
        QCOMPARE(newest.url, QUrl(QStringLiteral("https://hachyderm.io/@ada/111111111111111111")));
        QCOMPARE(tw->conversations().get(timeline[1].conversationId)->topics,
                 QStringList{QStringLiteral("WebAssembly")});

        Source after = *tw->sources().get(id);
        QCOMPARE(after.lastNewItems, 2);
        QCOMPARE(after.itemCount, 2);
        QCOMPARE(after.title, QStringLiteral("Ada Lovelace"));

        // A second refresh, and the same posts through another of Ada's sources: nothing new.
        const FeedImport again = mustImport(tw, id, feed);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.known, 2);
        const Id mirror = addSource(tw, ada, QStringLiteral("https://mirror.example.org/ada.rss"));
        QCOMPARE(mustImport(tw, mirror, feed).added, 0);
        QCOMPARE(*tw->conversations().count(), 2);
        QCOMPARE(tw->sources().get(id)->lastNewItems, 0);

        // A co-author's feed lists the same post: no copy, but they become a starter too.
        const Id grace = tw.addPerson(QStringLiteral("Grace"));
        const Id graceSource = addSource(tw, grace, QStringLiteral("https://grace.example.org/rss"));
        QCOMPARE(mustImport(tw, graceSource, feed).known, 2);
        QCOMPARE(*tw->conversations().count(), 2);
        QCOMPARE(tw->conversations().forPerson(grace)->size(), 2);
    }

    void guidsAreOnlyUniqueWithinAPublisher() {
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id grace = tw.addPerson(QStringLiteral("Grace"));
        const Id a = addSource(tw, ada, QStringLiteral("https://ada.example.org/feed.xml"));
        const Id g = addSource(tw, grace, QStringLiteral("https://grace.example.org/feed.xml"));
        Feed feed;
        FeedItem item;
        item.guid = QStringLiteral("1");
        item.title = QStringLiteral("Hello");
        feed.items = {item};
        QCOMPARE(mustImport(tw, a, feed).added, 1);
        QCOMPARE(mustImport(tw, g, feed).added, 1);
        QCOMPARE(mustImport(tw, g, feed).added, 0);
    }

    void failedImportWritesNothing() {
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        Source gone;
        gone.id = 4242; // not stored: recording the success fails after the items were written
        gone.personId = ada;
        gone.url = QUrl(QStringLiteral("https://hachyderm.io/@ada.rss"));
        FeedImporter importer(tw.ws());
        auto result = importer.import(gone, feedFrom(QStringLiteral("mastodon.rss"), gone.url.toString()),
                                      {tw.clock().now(), QStringLiteral("200"), {}, {}, {}, 0});
        QVERIFY(!result);
        QCOMPARE(*tw->conversations().count(), 0);
    }

    void removingASourceKeepsItsConversations() {
        TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id id = addSource(tw, ada, QStringLiteral("https://hachyderm.io/@ada.rss"));
        FeedImporter importer(tw.ws());
        QVERIFY(importer.import(
            *tw->sources().get(id),
            feedFrom(QStringLiteral("mastodon.rss"), QStringLiteral("https://hachyderm.io/@ada.rss")),
            {tw.clock().now(), QStringLiteral("200"), {}, {}, {}, 0}));
        QVERIFY(tw->sources().remove(id));
        QCOMPARE(tw->sources().remove(id).error().code, ErrorCode::NotFound);
        QCOMPARE(*tw->conversations().count(), 2);
        QCOMPARE(tw->conversations().get(tw->conversations().forPerson(ada)->at(0).conversationId)->sourceId,
                 Id(0));
    }

    void suggestedFromIdentities() {
        TempWorkspace tw;
        Person p;
        p.name = QStringLiteral("Ada");
        p.identities = {identity(QStringLiteral("mastodon"), QStringLiteral("@ada@hachyderm.io")),
                        identity(QStringLiteral("email"), QStringLiteral("ada@example.org")),
                        identity(QStringLiteral("github"), QStringLiteral("ada"))};
        for (Identity& i : p.identities)
            i.id = 0;
        const Id ada = *tw->people().add(p);
        addSource(tw, ada, QStringLiteral("https://github.com/ada.atom"));
        auto suggested = suggestedSources(tw.ws(), ada);
        QCOMPARE(urls(*suggested), QStringList{QStringLiteral("https://hachyderm.io/@ada.rss")});
        QVERIFY(suggested->at(0).identityId > 0);
        auto added = addSuggestedSources(tw.ws(), ada);
        QCOMPARE(added->size(), 1);
        QCOMPARE(tw->sources().get(added->at(0))->identityId, suggested->at(0).identityId);
        QCOMPARE(suggestedSources(tw.ws(), ada)->size(), 0);
        // Erasing the person takes their sources with them.
        QVERIFY(tw->people().remove(ada));
        QCOMPARE(*tw->sources().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
