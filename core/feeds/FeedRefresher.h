#pragma once

#include "Feed.h"
#include "RefreshTypes.h"
#include "model/Source.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace chorus {

class Workspace;

/// Fetches sources over HTTP and imports their items, without blocking the thread it lives on: requests are
/// asynchronous (QNetworkAccessManager), feeds are parsed in the thread pool, and each source's items are
/// written in one short transaction when its parse is done. Conditional GET (ETag / Last-Modified), gzip,
/// redirects to a limit, a timeout, a per-host limit on parallel requests; failures are recorded on the
/// source with their reason and an exponential back-off (sources backing off are skipped unless
/// RefreshOptions::ignoreBackoff). A web page entered as a source is resolved to the feed its <link
/// rel="alternate"> names, and the source follows that feed from then on. Offline, every source fails with
/// its reason and the items fetched before stay.
class FeedRefresher final : public QObject {
    Q_OBJECT
public:
    explicit FeedRefresher(Workspace& workspace, RefreshOptions options = {}, QObject* parent = nullptr);
    ~FeedRefresher() override;

    /// Refresh every source, one person's, or one source. Errors: already running, or the workspace failed.
    Status refreshAll();
    Status refreshPerson(Id personId);
    Status refreshSource(Id sourceId);
    Status refresh(const QVector<Source>& sources);

    /// Stops: queued sources are not fetched, running fetches are aborted; nothing is recorded for them.
    /// finished() follows with RefreshSummary::cancelled set.
    void cancel();
    bool isRunning() const { return m_running; }

    /// When a source that failed `failures` times in a row (this one included) is tried again.
    static QDateTime nextAttempt(const QDateTime& now, int failures, const RefreshOptions& options);

signals:
    void started(int total);
    void progress(int done, int total);
    void sourceFinished(const chorus::SourceOutcome& outcome);
    void finished(const chorus::RefreshSummary& summary);

private:
    struct Job;
    void pump();
    void launch(const std::shared_ptr<Job>& job);
    void onReplyFinished(const std::shared_ptr<Job>& job, QNetworkReply* reply);
    void parse(const std::shared_ptr<Job>& job, const QByteArray& body, const QString& etag,
               const QString& lastModified);
    void onParsed(const std::shared_ptr<Job>& job, const QByteArray& body, const QString& etag,
                  const QString& lastModified, Result<Feed> feed);
    void succeed(const std::shared_ptr<Job>& job, const Feed& feed, const QString& status,
                 const QString& etag, const QString& lastModified);
    void fail(const std::shared_ptr<Job>& job, const QString& status, const QString& error,
              int retryAfterSecs = 0);
    void complete(const std::shared_ptr<Job>& job, SourceOutcome outcome);
    void finishIfDone();

    Workspace& m_workspace;
    RefreshOptions m_options;
    QNetworkAccessManager* m_network;
    bool m_running = false;
    bool m_cancelled = false;
    std::deque<std::shared_ptr<Job>> m_queue;
    QVector<std::shared_ptr<Job>> m_active; ///< fetching or parsing
    QHash<QString, int> m_perHost;
    int m_fetching = 0;
    int m_done = 0;
    RefreshSummary m_summary;
};

} // namespace chorus
