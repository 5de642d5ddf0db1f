#pragma once

#include "Database.h"
#include "model/Conversation.h"
#include "model/Ids.h"
#include "model/Stance.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QVector>

#include <optional>

namespace chorus {

/// A person as the suggestion engine sees them (plain facts from the people row).
struct PersonFacts {
    Id id = 0;
    QString name;
    Stance stance = Stance::Unknown;
    std::optional<qint64> reach;
    std::optional<double> healthLog;
    QDateTime lastTouchpointAt;
    QDateTime lastTwoWayAt;
    int touchpointCount = 0;
};

/// A conversation a person started (their own piece of work), with its author.
struct PostFacts {
    PersonFacts author;
    Id conversationId = 0;
    QString title;
    QString url;
    QDateTime startedAt;
};

/// How a person and the user engage, counted over a period.
struct EngagementFacts {
    int inbound = 0;         ///< touchpoints the person started
    int outbound = 0;        ///< touchpoints the user started
    int outboundTwoWay = 0;  ///< of those, real exchanges (meetings, calls, reply threads…)
    QDateTime lastSupportAt; ///< the user's latest amplify / help / co-create for them
};

/// A thread with what the join suggestions weigh.
struct ThreadFacts {
    Id id = 0;
    QString title;
    QString url;
    ConversationStatus status = ConversationStatus::Seen;
    QDateTime lastActivityAt;
    int participants = 0; ///< people other than the user
    int messages = 0;     ///< everyone's messages, the user's included
    int selfMessages = 0;
    bool selfStarted = false;
    int alignedPresent = 0;
    Stance starterStance = Stance::Unknown;
    qint64 starterReach = 0;
};

/// The cheap first look at a thread (from a covering index): enough to bound its score.
struct ThreadHead {
    Id id = 0;
    QDateTime lastActivityAt;
};

/// How the reconnect list orders cold people in SQL: a weighted sum of history (log of touchpoints, full at
/// `investmentFull`), alignment (per stance) and coldness (1 − health / 100 at `halfLivesNow`).
struct ColdOrder {
    double investmentWeight = 0;
    double investmentFull = 40;
    double alignmentWeight = 0;
    QHash<Stance, double> alignment;
    double coldnessWeight = 0;
    double halfLivesNow = 0; ///< half-lives from the health epoch to now
    double healthScale = 8;
};

/// One participant of a thread, for naming who is there.
struct ThreadPerson {
    Id conversationId = 0;
    Id personId = 0;
    QString name;
    Stance stance = Stance::Unknown;
    int messages = 0;
};

/// The reads behind the five suggestion lists, each one statement over indexed columns.
class SuggestionRepository final {
public:
    explicit SuggestionRepository(Database& db)
        : m_db(db) {}

    /// Posts started on or after `since` by aligned, active people (never the user).
    Result<QVector<PostFacts>> freshPostsByAligned(const QDateTime& since) const;
    /// The latest post of each of these people started on or after `since`.
    Result<QHash<Id, PostFacts>> latestPosts(const QVector<Id>& personIds, const QDateTime& since) const;
    /// Facts for these people, ordered by id (unknown or archived ids are skipped).
    Result<QVector<PersonFacts>> people(const QVector<Id>& personIds) const;
    /// The best-known people (by stored health, above `minHealthLog`), not sceptics, not archived.
    Result<QVector<PersonFacts>> knownPeople(double minHealthLog, int limit) const;
    /// People the user has invested in (at least `minTouchpoints`) whose stored health is below
    /// `maxHealthLog`, not sceptics, ordered by `order` (highest first), `limit` rows from `offset`.
    /// `order.value` of each row is returned in `orderValues`.
    Result<QVector<PersonFacts>> coldPeople(double maxHealthLog, int minTouchpoints, const ColdOrder& order,
                                            int limit, int offset, QVector<double>* orderValues) const;
    /// Sceptics with at least `minReach`, widest reach first.
    Result<QVector<PersonFacts>> influentialSceptics(qint64 minReach, int limit) const;

    /// Engagement per person since `since` (people without touchpoints are absent).
    Result<QHash<Id, EngagementFacts>> engagement(const QVector<Id>& personIds, const QDateTime& since) const;
    /// Reach samples on or after `since` per person, oldest first.
    Result<QHash<Id, QVector<std::pair<QDate, qint64>>>> reachSamples(const QVector<Id>& personIds,
                                                                      const QDate& since) const;
    /// (topic id, weight) per person, by topic id.
    Result<QHash<Id, QVector<std::pair<Id, double>>>> personTopics(const QVector<Id>& personIds) const;
    /// Topic ids per conversation.
    Result<QHash<Id, QVector<Id>>> conversationTopics(const QVector<Id>& conversationIds) const;
    /// Ids of the focus topics.
    Result<QVector<Id>> focusTopicIds() const;
    /// Every tie touching one of these people, as (smaller id, larger id).
    Result<QVector<std::pair<Id, Id>>> tiesTouching(const QVector<Id>& personIds) const;
    /// Event ids per person.
    Result<QHash<Id, QVector<Id>>> eventsOf(const QVector<Id>& personIds) const;

    /// Threads with activity on or after `since` that are not closed, newest first (a covering index only).
    Result<QVector<ThreadHead>> activeThreadHeads(const QDateTime& since) const;
    /// Which of these conversations are about one of these topics.
    Result<QSet<Id>> conversationsOnTopics(const QVector<Id>& topicIds) const;
    /// These threads with their aggregates (participants, messages, the user's share, aligned people).
    Result<QVector<ThreadFacts>> threads(const QVector<Id>& conversationIds) const;
    /// The people in these threads other than the user, most messages first.
    Result<QVector<ThreadPerson>> threadPeople(const QVector<Id>& conversationIds) const;

private:
    Database& m_db;
};

} // namespace chorus
