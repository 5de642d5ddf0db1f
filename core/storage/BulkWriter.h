#pragma once

#include "Database.h"
#include "model/Conversation.h"
#include "model/Event.h"
#include "model/FollowUp.h"
#include "model/Note.h"
#include "model/Person.h"
#include "model/ReachSample.h"
#include "model/Tie.h"
#include "model/Topic.h"

#include "StanceHistoryRepository.h"
#include "model/Touchpoint.h"

#include <QSet>
#include <QStringList>

#include <memory>

namespace chorus {

/// Fast, trusted inserts for the sample generator and whole-workspace imports: one transaction, cached
/// statements, no per-row validation or notifications. The caller has validated the data; commit() refreshes
/// every person's summary and announces one workspace-wide change. Destroying it without commit() rolls back.
class BulkWriter final {
public:
    /// FreshWorkspace: the workspace is empty, so secondary indexes (and the insert triggers that fill the
    /// full-text index and the stance history) are dropped while loading and rebuilt from sorted data at
    /// commit, which is several times faster than growing them row by row.
    enum class Mode { Append, FreshWorkspace };

    explicit BulkWriter(Database& db, Mode mode = Mode::Append);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    const Status& started() const { return m_tx.started(); }

    Result<Id> topic(const Topic& topic);
    Result<Id> tag(const QString& name);
    /// The person row only; `id` is used when non-zero (for imports that keep ids).
    Result<Id> person(const Person& person);
    Result<Id> identity(const Identity& identity);
    /// New people rows, many to a statement (an import's hot path); their ids, in order. Their `id` must be 0
    /// (the workspace numbers them). On failure `failedAt`, when given, is the index of the refused person.
    Result<QVector<Id>> people(const QVector<Person>& people, qsizetype* failedAt = nullptr);
    /// New identity rows (`id` 0), many to a statement; `failedAt` as for people().
    Status identities(const QVector<Identity>& identities, qsizetype* failedAt = nullptr);
    Status personTopic(Id personId, Id topicId, double weight);
    Status personTag(Id personId, Id tagId);
    Status reach(const ReachSample& sample);
    /// Ties must already be ordered (personA < personB) and unique.
    Result<Id> tie(const Tie& tie);
    Result<Id> conversation(const Conversation& conversation, const QDateTime& createdAt);
    Status participant(Id conversationId, const Participant& participant);
    Status conversationTopic(Id conversationId, Id topicId);
    Result<Id> event(const Event& event, const QDateTime& createdAt);
    Status attendance(Id eventId, const Attendance& attendance);
    Result<Id> touchpoint(const Touchpoint& touchpoint);
    Result<Id> note(const Note& note);
    Result<Id> followUp(const FollowUp& followUp);
    Status setting(const QString& key, const QString& value);
    /// Replaces a person's stance history (the "created" row the insert recorded) with `changes`, oldest
    /// first; the last one's stance should be the person's. For invented pasts (the sample generator).
    Status stanceHistory(Id personId, const QVector<StanceChange>& changes);

    /// Refresh summaries with the workspace's health settings (everyone's after a FreshWorkspace load, else
    /// those of the people given touchpoints or follow-ups), commit, announce.
    Status commit();

private:
    Status deferIndexes();
    Status deferSearchIndex();
    Status restoreSearchIndex();

    struct DeferredTrigger {
        QString fillSql; ///< writes what the trigger would have, for rows with id > maxIdBefore
        QString createSql;
        Id maxIdBefore = 0;
    };

    struct Statements;

    Database& m_db;
    Transaction m_tx;
    std::unique_ptr<Statements> m_statements; ///< the hot inserts, bound through SQLite's own API
    Mode m_mode;
    QSet<Id> m_summariesToRefresh; ///< people given touchpoints or follow-ups (Append refreshes only them)
    QStringList m_deferredIndexes; ///< CREATE INDEX statements to run again at commit
    QVector<DeferredTrigger> m_deferredTriggers; ///< insert triggers dropped while loading (FreshWorkspace)
    Status m_deferStatus;
};

} // namespace chorus
