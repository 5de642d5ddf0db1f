#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace chorus {

/// A feed that follows what one person publishes (blog, Mastodon, Bluesky, GitHub, YouTube, podcast).
/// Its items become conversations the person started.
struct Source {
    Id id = 0;
    Id personId = 0;
    Id identityId = 0; ///< the identity it was discovered from; 0 when entered by hand
    QUrl url;
    QString title; ///< the feed's own title, from the last successful fetch

    // HTTP validators for conditional GET.
    QString etag;
    QString lastModified;

    // The last refresh.
    QDateTime lastFetchedAt;
    QDateTime lastSuccessAt;
    QString lastStatus;      ///< "200", "304", "404", "timeout", "not a feed"…
    QString lastError;       ///< empty after a success
    int failures = 0;        ///< consecutive failures; drives the back-off
    QDateTime nextAttemptAt; ///< not fetched again before this (back-off); invalid when due
    int lastNewItems = 0;
    QDateTime createdAt;

    // Filled on read.
    QString personName;
    int itemCount = 0;

    bool operator==(const Source&) const = default;
};

/// What a successful fetch records on its source.
struct SourceSuccess {
    QDateTime at;
    QString status;       ///< "200" or "304"
    QString etag;         ///< empty: keep the stored one
    QString lastModified; ///< empty: keep the stored one
    QString title;        ///< empty: keep the stored one
    int newItems = 0;
};

} // namespace chorus
