#include "FeedRefresher.h"

#include "FeedImporter.h"
#include "FeedParser.h"
#include "SourceDiscovery.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent>

namespace chorus {
namespace {
/// A parse result the thread pool can hand back (QFuture wants a default-constructible value).
struct Parsed {
    std::optional<Feed> feed;
    Error error;
};
} // namespace

struct FeedRefresher::Job {
    Source source;
    QUrl url; ///< what is fetched now: the source's address, or the feed its page named
    QString host;
    bool resolvedFromPage = false;
    bool aborted = false;
    bool tooLarge = false;
    QPointer<QNetworkReply> reply;
};

QString outcomeKey(SourceOutcome::Result result) {
    switch (result) {
    case SourceOutcome::Result::Fetched:
        return QStringLiteral("fetched");
    case SourceOutcome::Result::NotModified:
        return QStringLiteral("not-modified");
    case SourceOutcome::Result::Failed:
        return QStringLiteral("failed");
    case SourceOutcome::Result::Skipped:
        return QStringLiteral("skipped");
    case SourceOutcome::Result::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

FeedRefresher::FeedRefresher(Workspace& workspace, RefreshOptions options, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this)) {
    qRegisterMetaType<SourceOutcome>();
    qRegisterMetaType<RefreshSummary>();
}

FeedRefresher::~FeedRefresher() {
    m_cancelled = true;
    for (const auto& job : std::as_const(m_active)) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
        }
    }
}

QDateTime FeedRefresher::nextAttempt(const QDateTime& now, int failures, const RefreshOptions& options) {
    qint64 wait = std::max(1, options.backoffBaseSecs);
    for (int i = 1; i < failures && wait < options.backoffMaxSecs; ++i)
        wait *= 2;
    return now.addSecs(std::min<qint64>(wait, options.backoffMaxSecs));
}

Status FeedRefresher::refreshAll() {
    auto sources = m_workspace.sources().list();
    if (!sources)
        return sources.error();
    return refresh(*sources);
}

Status FeedRefresher::refreshPerson(Id personId) {
    auto sources = m_workspace.sources().list(personId);
    if (!sources)
        return sources.error();
    return refresh(*sources);
}

Status FeedRefresher::refreshSource(Id sourceId) {
    auto source = m_workspace.sources().get(sourceId);
    if (!source)
        return source.error();
    return refresh({*source});
}

Status FeedRefresher::refresh(const QVector<Source>& sources) {
    if (m_running)
        return makeError(ErrorCode::Conflict, tr("A refresh is already running."));
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    m_summary = RefreshSummary();
    m_summary.sources = int(sources.size());
    for (const Source& source : sources) {
        auto job = std::make_shared<Job>();
        job->source = source;
        job->url = source.url;
        job->host = source.url.host().toLower();
        m_queue.push_back(job);
    }
    // Start from the event loop, so callers connect and enter their loop before anything is reported.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit started(m_summary.sources);
            const QDateTime now = m_workspace.clock().now();
            for (auto it = m_queue.begin(); it != m_queue.end();) {
                const Source& s = (*it)->source;
                if (!m_options.ignoreBackoff && s.nextAttemptAt.isValid() && s.nextAttemptAt > now) {
                    const auto job = *it;
                    it = m_queue.erase(it);
                    SourceOutcome outcome{s.id,
                                          s.personId,
                                          s.url,
                                          SourceOutcome::Result::Skipped,
                                          QStringLiteral("backing off"),
                                          tr("%1: not tried again before %2 (%3 failures in a row).")
                                              .arg(s.url.toString(), s.nextAttemptAt.toString(Qt::ISODate))
                                              .arg(s.failures),
                                          0,
                                          s.nextAttemptAt};
                    complete(job, outcome);
                } else {
                    ++it;
                }
            }
            pump();
        },
        Qt::QueuedConnection);
    return {};
}

void FeedRefresher::cancel() {
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    while (!m_queue.empty()) {
        const auto job = m_queue.front();
        m_queue.pop_front();
        complete(job, {job->source.id, job->source.personId, job->url, SourceOutcome::Result::Cancelled,
                       QStringLiteral("cancelled"), QString(), 0, QDateTime()});
    }
    const auto active = m_active;
    for (const auto& job : active) {
        job->aborted = true;
        if (job->reply)
            job->reply->abort(); // its finished() completes the job
    }
    finishIfDone();
}

void FeedRefresher::pump() {
    while (!m_cancelled && m_fetching < m_options.totalLimit) {
        auto it = std::find_if(m_queue.begin(), m_queue.end(), [this](const std::shared_ptr<Job>& job) {
            return m_perHost.value(job->host) < m_options.perHostLimit;
        });
        if (it == m_queue.end())
            break;
        const auto job = *it;
        m_queue.erase(it);
        launch(job);
    }
    finishIfDone();
}

void FeedRefresher::launch(const std::shared_ptr<Job>& job) {
    if (!m_active.contains(job))
        m_active.push_back(job);
    ++m_fetching;
    ++m_perHost[job->host];
    QNetworkRequest request(job->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Chorus/%1 (feed reader)").arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
                                   "application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.5, */*;q=0.1");
    // Accept-Encoding is left to QNetworkAccessManager, which then asks for gzip and inflates it.
    if (!job->resolvedFromPage) {
        if (!job->source.etag.isEmpty())
            request.setRawHeader("If-None-Match", job->source.etag.toUtf8());
        if (!job->source.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", job->source.lastModified.toUtf8());
    }
    QNetworkReply* reply = m_network->get(request);
    job->reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, job, reply](qint64 received, qint64) {
        if (received > m_options.maxBytes && !job->tooLarge) {
            job->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onReplyFinished(job, reply); });
}

void FeedRefresher::onReplyFinished(const std::shared_ptr<Job>& job, QNetworkReply* reply) {
    reply->deleteLater();
    job->reply = nullptr;
    --m_fetching;
    --m_perHost[job->host];
    const QString url = job->url.toString();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    if (job->aborted || m_cancelled) {
        complete(job, {job->source.id, job->source.personId, job->url, SourceOutcome::Result::Cancelled,
                       QStringLiteral("cancelled"), QString(), 0, QDateTime()});
    } else if (job->tooLarge) {
        fail(job, QStringLiteral("too large"),
             tr("%1: the response is larger than %2 MB.").arg(url).arg(m_options.maxBytes >> 20));
    } else if (error == QNetworkReply::OperationCanceledError) {
        fail(job, QStringLiteral("timeout"),
             tr("%1: no answer within %2 seconds.").arg(url).arg(m_options.timeoutMs / 1000.0));
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        fail(job, QStringLiteral("redirects"),
             tr("%1: more than %2 redirects (a redirect loop?).").arg(url).arg(m_options.maxRedirects));
    } else if (error == QNetworkReply::InsecureRedirectError) {
        fail(job, QStringLiteral("redirects"), tr("%1: redirected from https to plain http.").arg(url));
    } else if (http == 304) {
        succeed(job, Feed(), QStringLiteral("304"), QString::fromUtf8(reply->rawHeader("ETag")),
                QString::fromUtf8(reply->rawHeader("Last-Modified")));
    } else if (http >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt();
        fail(job, QString::number(http), tr("%1: the server answered %2 %3.").arg(url).arg(http).arg(reason),
             retryAfter);
    } else if (error != QNetworkReply::NoError) {
        fail(job, QStringLiteral("network"), tr("%1: %2").arg(url, reply->errorString()));
    } else {
        parse(job, reply->readAll(), QString::fromUtf8(reply->rawHeader("ETag")),
              QString::fromUtf8(reply->rawHeader("Last-Modified")));
    }
    pump();
}

void FeedRefresher::parse(const std::shared_ptr<Job>& job, const QByteArray& body, const QString& etag,
                          const QString& lastModified) {
    const QUrl url = job->url;
    auto* watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        Parsed parsed = watcher->result();
        watcher->deleteLater();
        onParsed(job, body, etag, lastModified,
                 parsed.feed ? Result<Feed>(std::move(*parsed.feed)) : Result<Feed>(parsed.error));
    });
    watcher->setFuture(QtConcurrent::run([body, url] {
        Parsed parsed;
        auto feed = FeedParser::parse(body, url);
        if (feed)
            parsed.feed = std::move(*feed);
        else
            parsed.error = feed.error();
        return parsed;
    }));
}

void FeedRefresher::onParsed(const std::shared_ptr<Job>& job, const QByteArray& body, const QString& etag,
                             const QString& lastModified, Result<Feed> feed) {
    if (m_cancelled) {
        complete(job, {job->source.id, job->source.personId, job->url, SourceOutcome::Result::Cancelled,
                       QStringLiteral("cancelled"), QString(), 0, QDateTime()});
        return;
    }
    if (!feed) {
        // A web page instead of a feed: follow the feed it names, once.
        const auto links = job->resolvedFromPage ? QVector<FeedCandidate>() : feedLinksInHtml(body, job->url);
        if (!links.isEmpty()) {
            job->url = links.first().url;
            job->host = job->url.host().toLower();
            job->resolvedFromPage = true;
            m_queue.push_front(job);
            pump();
            return;
        }
        fail(job, QStringLiteral("not a feed"), tr("%1: %2").arg(job->url.toString(), feed.error().message));
        pump();
        return;
    }
    succeed(job, *feed, QStringLiteral("200"), etag, lastModified);
    pump();
}

void FeedRefresher::succeed(const std::shared_ptr<Job>& job, const Feed& feed, const QString& status,
                            const QString& etag, const QString& lastModified) {
    const QDateTime now = m_workspace.clock().now();
    const SourceSuccess success{now, status, etag, lastModified, QString(), 0};
    SourceOutcome outcome{job->source.id,
                          job->source.personId,
                          job->url,
                          SourceOutcome::Result::NotModified,
                          status,
                          QString(),
                          0,
                          QDateTime()};
    if (status == QLatin1String("304")) {
        if (auto st = m_workspace.sources().recordSuccess(job->source.id, success); !st)
            return fail(job, QStringLiteral("storage"), st.error().message);
        return complete(job, outcome);
    }
    Transaction tx(m_workspace.database());
    if (job->resolvedFromPage && job->url != job->source.url) {
        if (auto st = m_workspace.sources().setUrl(job->source.id, job->url); !st)
            return fail(job, QStringLiteral("storage"), st.error().message);
        job->source.url = job->url;
    }
    auto imported = FeedImporter(m_workspace).import(job->source, feed, success);
    if (!imported)
        return fail(job, QStringLiteral("storage"), imported.error().message);
    if (auto st = tx.commit(); !st)
        return fail(job, QStringLiteral("storage"), st.error().message);
    outcome.result = SourceOutcome::Result::Fetched;
    outcome.added = imported->added;
    if (!feed.warnings.isEmpty())
        outcome.error = feed.warnings.join(QLatin1Char('\n'));
    complete(job, outcome);
}

void FeedRefresher::fail(const std::shared_ptr<Job>& job, const QString& status, const QString& error,
                         int retryAfterSecs) {
    const QDateTime now = m_workspace.clock().now();
    QDateTime next = nextAttempt(now, job->source.failures + 1, m_options);
    if (retryAfterSecs > 0)
        next = std::max(next, now.addSecs(std::min(retryAfterSecs, m_options.backoffMaxSecs)));
    // Recording may fail if the source was removed meanwhile; the outcome still says what happened.
    (void)m_workspace.sources().recordFailure(job->source.id, now, status, error, next);
    complete(job, {job->source.id, job->source.personId, job->url, SourceOutcome::Result::Failed, status,
                   error, 0, next});
}

void FeedRefresher::complete(const std::shared_ptr<Job>& job, SourceOutcome outcome) {
    m_active.removeAll(job);
    ++m_done;
    switch (outcome.result) {
    case SourceOutcome::Result::Fetched:
        ++m_summary.fetched;
        break;
    case SourceOutcome::Result::NotModified:
        ++m_summary.notModified;
        break;
    case SourceOutcome::Result::Failed:
        ++m_summary.failed;
        break;
    case SourceOutcome::Result::Skipped:
        ++m_summary.skipped;
        break;
    case SourceOutcome::Result::Cancelled:
        break;
    }
    m_summary.added += outcome.added;
    m_summary.outcomes.push_back(outcome);
    emit sourceFinished(outcome);
    emit progress(m_done, m_summary.sources);
}

void FeedRefresher::finishIfDone() {
    if (!m_running || !m_queue.empty() || !m_active.isEmpty())
        return;
    m_running = false;
    m_summary.cancelled = m_cancelled;
    emit finished(m_summary);
}

} // namespace chorus
