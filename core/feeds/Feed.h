#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace chorus {

enum class FeedFormat { Rss, Rdf, Atom };

/// One post, release, video or episode read from a feed. Text is plain (HTML already reduced), URLs absolute.
struct FeedItem {
    QString guid;        ///< the feed's id for the item; the URL (or a digest) when the feed gives none
    QString title;       ///< never empty: falls back to the start of the summary, then the URL
    QUrl url;            ///< the item's page (absolute), may be empty
    QDateTime published; ///< UTC; invalid when the feed gives no readable date
    QDateTime updated;   ///< UTC; invalid when absent
    QString summary;     ///< plain text, at most FeedItem::maxSummary characters
    QString author;
    QUrl enclosure; ///< a podcast's audio file, a video…

    static constexpr int maxSummary = 1000;
};

/// A parsed feed. `warnings` name items whose fields could not be read (an unreadable date…).
struct Feed {
    FeedFormat format = FeedFormat::Rss;
    QString title;
    QUrl link;
    QVector<FeedItem> items;
    QStringList warnings;
};

} // namespace chorus
