#include "FeedImporter.h"

#include "SourceDiscovery.h"
#include "TopicMatcher.h"
#include "storage/Workspace.h"

namespace chorus {
namespace {
bool isAudio(const QUrl& url) {
    const QString path = url.path().toLower();
    for (const char* suffix : {".mp3", ".m4a", ".ogg", ".opus", ".aac", ".wav"}) {
        if (path.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}
} // namespace

Result<FeedImport> FeedImporter::import(const Source& source, const Feed& feed, SourceSuccess success) {
    auto topics = m_workspace.topics().list();
    if (!topics)
        return topics.error();
    const TopicMatcher matcher(*topics);
    const QString platform = platformForFeedUrl(source.url);
    const QDateTime now = m_workspace.clock().now();

    Transaction tx(m_workspace.database());
    if (!tx.started())
        return tx.started().error();
    FeedImport result;
    // Feeds list the newest first: store the oldest first so ids follow publication.
    for (auto it = feed.items.crbegin(); it != feed.items.crend(); ++it) {
        const FeedItem& item = *it;
        auto existing = m_workspace.sources().findItem(source.personId, item.guid, item.url.toString());
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            if (auto st = m_workspace.sources().addStarter(**existing, source.personId); !st)
                return st.error();
            ++result.known;
            continue;
        }
        Conversation c;
        c.title = item.title;
        c.url = item.url;
        c.platform = isAudio(item.enclosure) ? QStringLiteral("podcast") : platform;
        c.summary = item.summary;
        c.status = ConversationStatus::Seen;
        // An item without a date, or dated in the future by a wrong clock, counts as published now.
        c.startedAt = item.published.isValid() && item.published <= now ? item.published : now;
        c.lastActivityAt = item.updated.isValid() && item.updated > c.startedAt && item.updated <= now
                               ? item.updated
                               : c.startedAt;
        c.guid = item.guid;
        c.sourceId = source.id;
        c.participants = {Participant{source.personId, {}, ParticipantRole::Started, 1}};
        c.topics = matcher.match(item.title + QLatin1Char('\n') + item.summary);
        auto id = m_workspace.conversations().add(c);
        if (!id)
            return id.error();
        ++result.added;
        result.addedIds.push_back(*id);
    }
    success.newItems = result.added;
    if (success.title.isEmpty())
        success.title = feed.title;
    if (auto st = m_workspace.sources().recordSuccess(source.id, success); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace chorus
