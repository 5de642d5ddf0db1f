#include "FeedBenchmarks.h"

#include "feeds/FeedImporter.h"
#include "feeds/FeedParser.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>

namespace chorus::bench {
namespace {
const QUrl kFeedUrl(QStringLiteral("https://bench.example.org/feed.xml"));
} // namespace

QByteArray syntheticFeed(int items) {
    static const char* words[] = {"rust",   "compiler",    "release", "community", "kubernetes", "talk",
                                  "meetup", "webassembly", "python",  "docs",      "onboarding", "latency"};
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                     "<title>Bench &amp; Co</title><link>https://bench.example.org/</link>\n";
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < items; ++i) {
        QByteArray text;
        for (int w = 0; w < 120; ++w)
            text += QByteArray(words[(i * 7 + w * 3) % 12]) + (w % 15 == 14 ? ". " : " ");
        out += "<item><title>Post " + QByteArray::number(i) + " about " + words[i % 12] +
               "</title><link>/posts/" + QByteArray::number(i) +
               "/</link><guid isPermaLink=\"false\">bench-" + QByteArray::number(i) + "</guid><pubDate>" +
               start.addSecs(qint64(i) * 3600).toString(Qt::RFC2822Date).toLatin1() +
               "</pubDate><description>&lt;p&gt;" + text +
               "&amp;nbsp;&lt;a href=\"/x\"&gt;more&lt;/a&gt;&lt;/p&gt;"
               "</description></item>\n";
    }
    return out + "</channel></rss>\n";
}

Result<Figure> measureFeedParse(int items, int runs) {
    const QByteArray feed = syntheticFeed(items);
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto parsed = FeedParser::parse(feed, kFeedUrl);
        if (!parsed)
            return parsed.error();
        samples << double(t.nsecsElapsed()) / 1.0e6;
    }
    return summarise(QStringLiteral("feed_parse"),
                     QStringLiteral("Feed parse, %1 items (%2 kB)").arg(items).arg(feed.size() / 1024),
                     QStringLiteral("ms"), samples);
}

Result<QVector<Figure>> measureFeedImport(const QString& path, int items, int runs) {
    auto ws = Workspace::open(path, {});
    if (!ws)
        return ws.error();
    Workspace& w = **ws;
    auto feed = FeedParser::parse(syntheticFeed(items), kFeedUrl);
    if (!feed)
        return feed.error();
    QVector<double> fresh;
    QVector<double> known;
    for (int i = 0; i < runs; ++i) {
        Transaction scratch(w.database()); // never committed: the workspace stays as it was
        Person publisher;
        publisher.name = QStringLiteral("Bench Publisher");
        auto person = w.people().add(publisher);
        if (!person)
            return person.error();
        Source source;
        source.personId = *person;
        source.url = kFeedUrl;
        auto id = w.sources().add(source);
        if (!id)
            return id.error();
        source.id = *id;
        for (QVector<double>* samples : {&fresh, &known}) {
            QElapsedTimer t;
            t.start();
            auto imported = FeedImporter(w).import(source, *feed,
                                                   {w.clock().now(), QStringLiteral("200"), {}, {}, {}, 0});
            if (!imported)
                return imported.error();
            *samples << double(t.nsecsElapsed()) / 1.0e6;
        }
    }
    return QVector<Figure>{
        summarise(QStringLiteral("feed_import_new"), QStringLiteral("Feed import, %1 new items").arg(items),
                  QStringLiteral("ms"), fresh),
        summarise(QStringLiteral("feed_import_known"),
                  QStringLiteral("Feed re-import, %1 known items").arg(items), QStringLiteral("ms"), known)};
}

} // namespace chorus::bench
