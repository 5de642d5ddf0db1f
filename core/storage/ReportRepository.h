#pragma once

#include "Database.h"
#include "model/Conversation.h"
#include "model/Ids.h"
#include "model/RelationshipHealth.h"
#include "model/Stance.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>
#include <QVector>

#include <array>

namespace chorus {

/// The user's touchpoints of one week of a period, split on the do-with / do-to axis (outbound only, as in
/// TouchpointRepository::balance()), plus what people started (inbound).
struct WeeklyTouchpoints {
    QDate weekStart;
    int doWith = 0;
    int doTo = 0;
    int inbound = 0;
};

/// Headline counts of a period [from, to).
struct PeriodCounts {
    int touchpoints = 0;
    int doWith = 0; ///< outbound, do-with kinds
    int doTo = 0;   ///< outbound, do-to kinds
    int inbound = 0;
    int peopleTouched = 0;
    int newPeople = 0;
    int tiesFormed = 0;
    int introductionsMade = 0; ///< touchpoints of kind "introduced"
    int conversationsActive = 0;
    int conversationsJoined = 0; ///< active in the period and joined or hosted by the user
};

/// Follow-ups whose due date falls in the period, and what became of them.
struct FollowUpKeeping {
    int due = 0;
    int keptOnTime = 0; ///< done on or before the due date
    int doneLate = 0;
    int stillOpen = 0;
};

/// One person's touchpoints in a period.
struct PersonActivity {
    Id personId = 0;
    QString name;
    QString organisation;
    Stance stance = Stance::Unknown;
    int doWith = 0;
    int doTo = 0;
    int inbound = 0;
    int total() const { return doWith + doTo + inbound; }
};

/// A conversation that was active in a period.
struct ConversationActivity {
    Id id = 0;
    QString title;
    QString platform;
    QUrl url;
    ConversationStatus status = ConversationStatus::Seen;
    QDateTime lastActivityAt;
    int participants = 0;
    int touchpoints = 0; ///< the user's touchpoints linked to it in the period
};

/// A tie between two people made in a period (by an introduction, or otherwise).
struct FormedTie {
    Id personA = 0;
    QString nameA;
    Id personB = 0;
    QString nameB;
    QString origin; ///< the stored origin key
    QDateTime createdAt;
};

struct TopicShare {
    QString topic;
    int conversations = 0;
};

struct StanceCount {
    Stance stance = Stance::Unknown;
    int people = 0;
};

/// Relationship health of one person at the start and the end of a period (0..100).
struct HealthChange {
    Id personId = 0;
    double atStart = 0.0;
    double atEnd = 0.0;
};

/// Per week of a period: introductions the user made and ties formed.
struct WeeklyTies {
    QDate weekStart;
    int introductions = 0;
    int tiesFormed = 0;
};

/// Read-only aggregates for reports and the dashboard. Every query is bounded by a period and uses the
/// indexes on touchpoint time, so a 100,000-people workspace answers in well under a second per query.
class ReportRepository final {
public:
    explicit ReportRepository(Database& db)
        : m_db(db) {}

    Result<PeriodCounts> counts(const QDateTime& from, const QDateTime& to) const;
    /// One entry per week from `from` (weeks start on `from`'s weekday), empty weeks included.
    Result<QVector<WeeklyTouchpoints>> weekly(const QDateTime& from, const QDateTime& to) const;
    Result<FollowUpKeeping> followUps(const QDate& from, const QDate& to) const; ///< due dates in [from, to]
    /// People with the most touchpoints in the period, most first.
    Result<QVector<PersonActivity>> mostTouched(const QDateTime& from, const QDateTime& to, int limit) const;
    Result<QVector<ConversationActivity>> topConversations(const QDateTime& from, const QDateTime& to,
                                                           int limit) const;
    Result<QVector<FormedTie>> tiesFormed(const QDateTime& from, const QDateTime& to, int limit) const;
    /// Topics of the conversations the user joined or hosted that were active in the period.
    Result<QVector<TopicShare>> joinedTopicShare(const QDateTime& from, const QDateTime& to, int limit) const;
    Result<QVector<WeeklyTies>> weeklyTies(const QDateTime& from, const QDateTime& to) const;
    /// Current stances of everyone not archived (the user excluded), most aligned first.
    Result<QVector<StanceCount>> stances() const;
    /// Health at `from` and at `to` of everyone with a touchpoint before `to`, computed from the touchpoints.
    Result<QVector<HealthChange>> healthChanges(const QDateTime& from, const QDateTime& to,
                                                const HealthParameters& parameters) const;

private:
    Database& m_db;
};

} // namespace chorus
