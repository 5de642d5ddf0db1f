#pragma once

#include "Database.h"
#include "model/Person.h"
#include "model/Topic.h"

#include <QVector>

namespace chorus {

struct TopicUsage {
    Topic topic;
    int people = 0;
    int conversations = 0;
};

/// Topics, the user's focus topics, and which people and conversations care about them.
class TopicRepository final {
public:
    explicit TopicRepository(Database& db)
        : m_db(db) {}

    /// The id of the topic with this name (case-insensitive), creating it if needed.
    Result<Id> ensure(const QString& name);
    Result<Topic> get(Id id) const;
    Result<std::optional<Topic>> findByName(const QString& name) const;
    Result<QVector<Topic>> list() const;
    Result<QVector<TopicUsage>> usage() const;
    Result<QVector<Topic>> focusTopics() const;
    Status setFocus(Id topicId, bool focus);
    Status rename(Id topicId, const QString& name);
    Status remove(Id topicId);

    Result<QVector<PersonTopic>> personTopics(Id personId) const;
    /// Replace a person's topics; topics named but not stored yet are created.
    Status setPersonTopics(Id personId, const QVector<PersonTopic>& topics);
    Result<QStringList> conversationTopics(Id conversationId) const;
    Status setConversationTopics(Id conversationId, const QStringList& topicNames);

private:
    Database& m_db;
};

} // namespace chorus
