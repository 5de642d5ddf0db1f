#include "feeds/FeedDate.h"
#include "feeds/FeedParser.h"
#include "feeds/HtmlToText.h"

#include <QFile>
#include <QTest>

using namespace chorus;

namespace {
QByteArray fixture(const QString& name) {
    QFile f(qEnvironmentVariable("CHORUS_SOURCE_DIR") + QStringLiteral("/tests/fixtures/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

Feed parsed(const QString& name, const QUrl& url) {
    auto feed = FeedParser::parse(fixture(name), url);
    if (!feed)
        qFatal("%s: %s", qPrintable(name), qPrintable(feed.error().message));
    return *feed;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}
} // namespace

class TestFeedParser : public QObject {
    Q_OBJECT

private slots:
    void rss2Blog() {
        const Feed feed =
            parsed(QStringLiteral("rss2-blog.xml"), QUrl(QStringLiteral("https://ada.example.org/feed.xml")));
        QCOMPARE(feed.format, FeedFormat::Rss);
        QCOMPARE(feed.title, QStringLiteral("Ada\u2019s Notes"));
        QCOMPARE(feed.items.size(), 3);
        const FeedItem& first = feed.items[0];
        QCOMPARE(first.title, QStringLiteral("Borrow checking, explained & demystified"));
        // A relative link is resolved against the feed's address.
        QCOMPARE(first.url, QUrl(QStringLiteral("https://ada.example.org/2026/11/borrow-checking/")));
        QCOMPARE(first.guid, QStringLiteral("ada-post-42"));
        QCOMPARE(first.published, utc(2026, 11, 17, 8, 30));
        QCOMPARE(first.author, QStringLiteral("Ada Lovelace"));
        // The description wins over content:encoded; the script is gone, entities are characters.
        QCOMPARE(first.summary, QStringLiteral("How the borrow checker thinks\u00a0\u2014 with examples.")
                                    .replace(QChar(0xa0), QLatin1Char(' ')));
        QVERIFY(!first.summary.contains(QLatin1String("alert")));

        // content:encoded when there is no description: headings and paragraphs become lines.
        const FeedItem& second = feed.items[1];
        QCOMPARE(second.summary,
                 QStringLiteral("Heading\n\nFirst paragraph about WebAssembly.\n\nSecond paragraph."));
        QCOMPARE(second.guid, second.url.toString()); // no guid: the link identifies it
        QCOMPARE(second.published, utc(2026, 10, 3, 18, 0));

        // A permalink guid is the link; numeric entities in plain text are decoded.
        const FeedItem& third = feed.items[2];
        QCOMPARE(third.url, QUrl(QStringLiteral("https://ada.example.org/2026/09/permalink/")));
        QCOMPARE(third.summary, QStringLiteral("Plain text with an entity: caf\u00e9 and \U0001F600."));
        QCOMPARE(third.published, utc(2026, 9, 7, 12, 0)); // EST is UTC-5
        QVERIFY(feed.warnings.isEmpty());
    }

    void rss091WithLatin1AndHtmlEntities() {
        const Feed feed =
            parsed(QStringLiteral("rss091.xml"), QUrl(QStringLiteral("http://old.example.com/rss")));
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].title, QStringLiteral("Caf\u00e9 culture"));
        QCOMPARE(feed.items[0].summary,
                 QStringLiteral("A story from the caf\u00e9 \u2014 in Latin-1: na\u00efve."));
        QVERIFY(!feed.items[0].published.isValid()); // RSS 0.91 items carry no date
    }

    void rss1Rdf() {
        const Feed feed =
            parsed(QStringLiteral("rss1-rdf.xml"), QUrl(QStringLiteral("https://rdf.example.net/rss")));
        QCOMPARE(feed.format, FeedFormat::Rdf);
        QCOMPARE(feed.title, QStringLiteral("RDF Site"));
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].guid, QStringLiteral("https://rdf.example.net/one"));
        QCOMPARE(feed.items[0].published, utc(2026, 11, 1, 10, 0));
    }

    void atom() {
        const Feed feed = parsed(QStringLiteral("atom.xml"),
                                 QUrl(QStringLiteral("https://grace.example.com/blog/atom.xml")));
        QCOMPARE(feed.format, FeedFormat::Atom);
        QCOMPARE(feed.title, QStringLiteral("Grace's Blog"));
        QCOMPARE(feed.items.size(), 2);
        const FeedItem& first = feed.items[0];
        QCOMPARE(first.title, QStringLiteral("Kubernetes operators in practice"));
        QCOMPARE(first.url, QUrl(QStringLiteral("https://grace.example.com/blog/posts/operators.html")));
        QCOMPARE(first.guid, QStringLiteral("tag:grace.example.com,2026:operators"));
        QCOMPARE(first.published, utc(2026, 11, 18, 6, 15, 30));
        QCOMPARE(first.updated, utc(2026, 11, 18, 9, 0));
        QCOMPARE(first.author, QStringLiteral("Grace Hopper"));
        QCOMPARE(first.summary, QStringLiteral("Operators & controllers.\n\nSecond para."));
        // The entry's own xml:base; the HTML alternate preferred; only `updated`: that is the date.
        const FeedItem& second = feed.items[1];
        QCOMPARE(second.url, QUrl(QStringLiteral("https://other.example.com/mirror/entry2")));
        QCOMPARE(second.published, utc(2026, 11, 10, 10, 0));
        QCOMPARE(second.summary, QStringLiteral("Content when no summary."));
    }

    void mastodonPostsHaveNoTitle() {
        const Feed feed =
            parsed(QStringLiteral("mastodon.rss"), QUrl(QStringLiteral("https://hachyderm.io/@ada.rss")));
        QCOMPARE(feed.items.size(), 2);
        const FeedItem& post = feed.items[0];
        QCOMPARE(post.summary,
                 QStringLiteral("Just shipped a new #Rust crate for parsing feeds!\n\nFeedback welcome."));
        QCOMPARE(post.title, QStringLiteral("Just shipped a new #Rust crate for parsing feeds!"));
        QCOMPARE(post.url, QUrl(QStringLiteral("https://hachyderm.io/@ada/111111111111111111")));
        QCOMPARE(post.published, utc(2026, 11, 18, 10, 5, 12));
    }

    void blueskyPlainTextAndShortDates() {
        const Feed feed = parsed(QStringLiteral("bluesky.rss"),
                                 QUrl(QStringLiteral("https://bsky.app/profile/ada.bsky.social/rss")));
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[0].guid, QStringLiteral("at://did:plc:abcdef/app.bsky.feed.post/3kabcdefg2x"));
        QCOMPARE(feed.items[0].title,
                 QStringLiteral("New blog post on Go generics & interfaces: ada.example.org/go-generics"));
        QCOMPARE(feed.items[0].summary, QStringLiteral("New blog post on Go generics & interfaces: "
                                                       "ada.example.org/go-generics\n\nThoughts welcome!"));
        QCOMPARE(feed.items[0].published, utc(2026, 11, 18, 9, 12));
        QCOMPARE(feed.items[0].url,
                 QUrl(QStringLiteral("https://bsky.app/profile/ada.bsky.social/post/3kabcdefg2x")));
    }

    void githubReleases() {
        const Feed feed = parsed(QStringLiteral("github-releases.atom"),
                                 QUrl(QStringLiteral("https://github.com/ada/feedkit/releases.atom")));
        QCOMPARE(feed.items.size(), 1);
        const FeedItem& release = feed.items[0];
        QCOMPARE(release.title, QStringLiteral("v2.0.0"));
        QCOMPARE(release.url, QUrl(QStringLiteral("https://github.com/ada/feedkit/releases/tag/v2.0.0")));
        QCOMPARE(
            release.summary,
            QStringLiteral("What's Changed\n\n\u2022 Atom support by @grace\n\u2022 Faster date parsing"));
        QCOMPARE(release.published, utc(2026, 11, 15, 14, 22, 3));
    }

    void youtube() {
        const Feed feed =
            parsed(QStringLiteral("youtube.atom"),
                   QUrl(QStringLiteral(
                       "https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv")));
        QCOMPARE(feed.items.size(), 1);
        const FeedItem& video = feed.items[0];
        QCOMPARE(video.title, QStringLiteral("Live coding: a feed reader in Rust"));
        QCOMPARE(video.guid, QStringLiteral("yt:video:dQw4w9WgXcQ"));
        QCOMPARE(video.url, QUrl(QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ")));
        QCOMPARE(video.summary, QStringLiteral("We build a feed reader from scratch.\nChapters below."));
        QCOMPARE(video.published, utc(2026, 11, 12, 16, 0, 7));
    }

    void podcast() {
        const Feed feed = parsed(QStringLiteral("podcast.rss"),
                                 QUrl(QStringLiteral("https://podcast.example.fm/feed.rss")));
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[0].summary, QStringLiteral("We talk about Hindley\u2013Milner & friends."));
        QCOMPARE(feed.items[0].enclosure, QUrl(QStringLiteral("https://cdn.example.fm/ep12.mp3")));
        QCOMPARE(feed.items[0].published, utc(2026, 11, 12, 13, 0));
        QCOMPARE(feed.items[0].guid, QStringLiteral("podcast-ep-12"));
        // No link and no guid: the relative enclosure is resolved; the item still has a stable id.
        QCOMPARE(feed.items[1].enclosure, QUrl(QStringLiteral("https://podcast.example.fm/ep11.mp3")));
        QVERIFY(feed.items[1].guid.startsWith(QLatin1String("sha1:")));
        QCOMPARE(FeedParser::parse(fixture(QStringLiteral("podcast.rss")),
                                   QUrl(QStringLiteral("https://podcast.example.fm/feed.rss")))
                     ->items[1]
                     .guid,
                 feed.items[1].guid);
        QCOMPARE(feed.items[1].published, utc(2026, 11, 5, 13, 0));
    }

    void brokenDates() {
        const Feed feed =
            parsed(QStringLiteral("broken-dates.rss"), QUrl(QStringLiteral("https://dates.example.org/rss")));
        QCOMPARE(feed.items.size(), 10);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(feed.items[i].published, utc(2003, 6, 10, 4, 0));
        QVERIFY(!feed.items[8].published.isValid());
        QVERIFY(!feed.items[9].published.isValid());
        QCOMPARE(feed.warnings.size(), 2);
        QVERIFY(feed.warnings[0].contains(QLatin1String("sometime last week")));
        QVERIFY(feed.warnings[0].contains(QLatin1String("item 9")));
    }

    void dateForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime at = utc(2026, 11, 20, 9, 14);
        QTest::newRow("rfc822") << "Fri, 20 Nov 2026 09:14:00 GMT" << at;
        QTest::newRow("rfc822 UT") << "Fri, 20 Nov 2026 09:14:00 UT" << at;
        QTest::newRow("rfc822 PDT") << "Fri, 20 Nov 2026 02:14:00 PDT" << at;
        QTest::newRow("rfc822 military") << "20 Nov 2026 09:14:00 Z" << at;
        QTest::newRow("rfc822 no zone") << "20 Nov 2026 09:14:00" << at;
        QTest::newRow("rfc822 dash") << "20-Nov-2026 09:14:00 +0000" << at;
        QTest::newRow("rfc822 single digit hour") << "Fri, 20 Nov 2026 9:14:00 +0000" << at;
        QTest::newRow("rfc3339") << "2026-11-20T09:14:00Z" << at;
        QTest::newRow("rfc3339 offset") << "2026-11-20T10:14:00+01:00" << at;
        QTest::newRow("rfc3339 fraction") << "2026-11-20T09:14:00.5Z" << at;
        QTest::newRow("rfc3339 lower t") << "2026-11-20t09:14:00z" << at;
        QTest::newRow("iso basic offset") << "2026-11-20T10:14:00+0100" << at;
        QTest::newRow("iso hours offset") << "2026-11-20T11:14:00+02" << at;
        QTest::newRow("iso no seconds") << "2026-11-20T09:14Z" << at;
        QTest::newRow("bare date") << "2026-11-20" << utc(2026, 11, 20, 12, 0);
        QTest::newRow("24:00") << "2026-11-19T24:00:00Z" << utc(2026, 11, 20, 0, 0);
    }
    void dateForms() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto at = parseFeedDate(text);
        QVERIFY2(at.has_value(), qPrintable(text));
        QCOMPARE(*at, expected);
        QCOMPARE(at->timeSpec(), Qt::UTC);
    }

    void notDates_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "yesterday";
        QTest::newRow("bad month") << "20 Foo 2026 09:14:00 GMT";
        QTest::newRow("bad zone") << "20 Nov 2026 09:14:00 Mars";
        QTest::newRow("bad hour") << "2026-11-20T25:14:00Z";
        QTest::newRow("bad day") << "2026-02-30";
    }
    void notDates() {
        QFETCH(QString, text);
        QVERIFY(!parseFeedDate(text).has_value());
    }

    void entitiesAndCdata() {
        const Feed feed =
            parsed(QStringLiteral("entities-cdata.rss"), QUrl(QStringLiteral("https://ent.example.org/rss")));
        QCOMPARE(feed.title, QStringLiteral("Entities & CDATA"));
        QCOMPARE(feed.items.size(), 3);
        // A CDATA title with angle brackets that are not HTML tags stays as written.
        QCOMPARE(feed.items[0].title, QStringLiteral("Using <vector> & <map> in C++"));
        QCOMPARE(feed.items[0].summary,
                 QStringLiteral("Markup in CDATA: 5 < 6 && 7 > 3 \u2026\n\nAfter style"));
        QCOMPARE(feed.items[1].title, QStringLiteral("HTML entity in title \u2014 undeclared\u2026"));
        QCOMPARE(feed.items[1].summary,
                 QStringLiteral("Double-escaped: & and <tag> stay text; unknown &bogus; stays."));
    }

    void hostileMarkupIsReducedSafely() {
        const Feed feed =
            parsed(QStringLiteral("entities-cdata.rss"), QUrl(QStringLiteral("https://ent.example.org/rss")));
        const FeedItem& hostile = feed.items[2];
        QVERIFY(hostile.url.isEmpty()); // a javascript: link is never kept
        QCOMPARE(hostile.summary, QStringLiteral("click <unclosed"));
        QCOMPARE(hostile.guid, QStringLiteral("sha1:") + hostile.guid.mid(5));
    }

    void malformedFeedNamesLineAndColumn() {
        auto feed = FeedParser::parse(fixture(QStringLiteral("malformed.rss")),
                                      QUrl(QStringLiteral("https://bad.example.org/rss")));
        QVERIFY(!feed);
        QCOMPARE(feed.error().code, ErrorCode::Invalid);
        QVERIFY2(feed.error().message.contains(QLatin1String("line 12")), qPrintable(feed.error().message));
        QVERIFY(feed.error().message.contains(QLatin1String("column")));
    }

    void truncatedFeedIsAnError() {
        QByteArray data = fixture(QStringLiteral("rss2-blog.xml"));
        data.truncate(data.size() / 2);
        auto feed = FeedParser::parse(data, QUrl(QStringLiteral("https://ada.example.org/feed.xml")));
        QVERIFY(!feed);
        QVERIFY(feed.error().message.contains(QLatin1String("line")));
    }

    void htmlPageIsNotAFeed() {
        auto feed = FeedParser::parse(fixture(QStringLiteral("not-a-feed.html")),
                                      QUrl(QStringLiteral("https://ada.example.org/")));
        QVERIFY(!feed);
        QVERIFY2(feed.error().message.contains(QLatin1String("<html>")), qPrintable(feed.error().message));
        QVERIFY(!FeedParser::parse(QByteArray(), QUrl(QStringLiteral("https://x.example/"))));
    }

    void htmlToText() {
        QCOMPARE(htmlToPlainText(QStringLiteral("<p>a<br>b</p><p>c</p>")), QStringLiteral("a\nb\n\nc"));
        QCOMPARE(htmlToPlainText(QStringLiteral("x <script>document.write('<p>evil</p>')</script> y")),
                 QStringLiteral("x y"));
        QCOMPARE(htmlToPlainText(QStringLiteral("<a title=\"a > b\" href='x'>link</a>")),
                 QStringLiteral("link"));
        QCOMPARE(htmlToPlainText(QStringLiteral("2 < 3 and 4 > 1")), QStringLiteral("2 < 3 and 4 > 1"));
        QCOMPARE(htmlToPlainText(QStringLiteral("&#0;&#xD800;&#65;")), QStringLiteral("&#0;&#xD800;A"));
        QCOMPARE(elideText(QStringLiteral("one two three four"), 10), QStringLiteral("one two\u2026"));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
