#pragma once

#include "model/Identity.h"

#include <QByteArray>
#include <QUrl>
#include <QVector>

namespace chorus {

/// A feed worth following, found from an identity or a web page.
struct FeedCandidate {
    QUrl url;
    QString title;
    QString platform;    ///< "mastodon", "bluesky", "github", "youtube", "blog"…
    Id identityId = 0;   ///< the identity it came from
    bool isPage = false; ///< a web page: the feed is named by its <link rel="alternate">, found when fetched

    bool operator==(const FeedCandidate&) const = default;
};

/// The feeds a platform publishes for an identity, by its known URL patterns, without going online:
/// Mastodon "@user@instance" → https://instance/@user.rss; Bluesky "handle" →
/// https://bsky.app/profile/handle/rss; GitHub "user" → https://github.com/user.atom (activity), "owner/repo"
/// → …/releases.atom; YouTube channel id "UC…" → the channel's videos.xml, a YouTube @handle → its page; a
/// blog or website → the address itself when it looks like a feed, else its page. Other platforms (email,
/// phone, X, LinkedIn) publish no open feed: none.
QVector<FeedCandidate> feedsForIdentity(const Identity& identity);

/// Every <link rel="alternate" type="application/rss+xml|atom+xml|rdf+xml" href="…"> in an HTML page,
/// resolved against the page's address (and its <base href>), http(s) only, without duplicates.
QVector<FeedCandidate> feedLinksInHtml(const QByteArray& html, const QUrl& pageUrl);

/// The platform a feed address belongs to, for the conversations its items become.
QString platformForFeedUrl(const QUrl& url);

/// True when the address itself names a feed (…/feed, .rss, .atom, .xml, /rss…).
bool looksLikeFeedUrl(const QUrl& url);

} // namespace chorus
