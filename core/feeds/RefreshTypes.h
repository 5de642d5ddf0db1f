#pragma once

#include "model/Ids.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVector>

namespace chorus {

/// How a refresh behaves on the network.
struct RefreshOptions {
    int timeoutMs = 30000;         ///< a fetch with no bytes for this long fails as "timeout"
    int maxRedirects = 5;          ///< more redirects than this fail as "redirects"
    int perHostLimit = 2;          ///< parallel requests to one host
    int totalLimit = 6;            ///< parallel requests overall
    qint64 maxBytes = 10 << 20;    ///< larger responses fail as "too large"
    int backoffBaseSecs = 15 * 60; ///< wait after the first failure; doubled after each further one
    int backoffMaxSecs = 24 * 60 * 60;
    bool ignoreBackoff = false; ///< fetch sources that are backing off too (an explicit "refresh this one")
};

/// What happened to one source in a refresh.
struct SourceOutcome {
    enum class Result { Fetched, NotModified, Failed, Skipped, Cancelled };
    Id sourceId = 0;
    Id personId = 0;
    QUrl url;
    Result result = Result::Failed;
    QString status; ///< "200", "304", "404", "timeout", "redirects", "network", "not a feed", "backing off"…
    QString error;  ///< for people: what went wrong, naming the address
    int added = 0;
    QDateTime nextAttemptAt; ///< when a failed or skipped source will be tried again
};

/// The whole refresh.
struct RefreshSummary {
    int sources = 0;
    int fetched = 0;
    int notModified = 0;
    int failed = 0;
    int skipped = 0;
    int added = 0;
    bool cancelled = false;
    QVector<SourceOutcome> outcomes;
};

QString
outcomeKey(SourceOutcome::Result result); ///< "fetched", "not-modified", "failed", "skipped", "cancelled"

} // namespace chorus

Q_DECLARE_METATYPE(chorus::SourceOutcome)
Q_DECLARE_METATYPE(chorus::RefreshSummary)
