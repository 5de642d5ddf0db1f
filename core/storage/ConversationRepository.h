#pragma once

#include "Database.h"
#include "model/Conversation.h"
#include "util/Clock.h"

#include <QVector>

namespace chorus {

class TopicRepository;

/// The orders of the conversations list; ties go by last activity, then id.
enum class ConversationSortKey { LastActivity, Title, Platform, Status, Participants };

struct ConversationFilter {
    QString text;                         ///< full text over titles and summaries
    QVector<ConversationStatus> statuses; ///< any of these
    Id topicId = 0;
    Id personId = 0; ///< conversations this person takes part in
    ConversationSortKey sortKey = ConversationSortKey::LastActivity;
    bool descending = true; ///< most recent first by default

    bool operator==(const ConversationFilter&) const = default;
};

/// One line of the conversations list.
struct ConversationRow {
    Id id = 0;
    QString title;
    QString platform;
    ConversationStatus status = ConversationStatus::Seen;
    QDateTime lastActivityAt;
    int participants = 0;
    QString topics;
};

/// A conversation seen from one participant (for a person's timeline).
struct PersonConversation {
    Id conversationId = 0;
    QString title;
    QUrl url;
    ParticipantRole role = ParticipantRole::Replied;
    QDateTime startedAt;
    QDateTime lastActivityAt;
};

/// Conversations with their participants and topics.
class ConversationRepository final {
public:
    ConversationRepository(Database& db, const Clock& clock, TopicRepository& topics)
        : m_db(db)
        , m_clock(clock)
        , m_topics(topics) {}

    Result<Id> add(const Conversation& conversation);
    Status update(const Conversation& conversation); ///< fields, participants and topics
    Status setStatus(Id id, ConversationStatus status);
    Result<Conversation> get(Id id) const;
    Status remove(Id id);
    Result<int> count() const;

    Result<QVector<ConversationRow>> list(const ConversationFilter& filter, int limit, int offset = 0) const;
    Result<QVector<Participant>> participants(Id conversationId) const;
    Status setParticipants(Id conversationId, const QVector<Participant>& participants);
    /// Add or update one participant (their role and message count).
    Status addParticipant(Id conversationId, const Participant& participant);
    Status removeParticipant(Id conversationId, Id personId);
    Result<QVector<PersonConversation>> forPerson(Id personId) const;
    /// The conversation with this feed GUID or URL, if any (for de-duplicating feed items).
    Result<std::optional<Id>> findByGuidOrUrl(const QString& guid, const QString& url) const;

private:
    Status validate(const Conversation& conversation) const;

    Database& m_db;
    const Clock& m_clock;
    TopicRepository& m_topics;
};

} // namespace chorus
