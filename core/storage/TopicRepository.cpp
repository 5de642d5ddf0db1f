#include "TopicRepository.h"

#include "Sql.h"

#include <QCoreApplication>

namespace chorus {

Result<Id> TopicRepository::ensure(const QString& name) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Topics", "Topic: the name is empty."));
    auto existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM topics WHERE name = ?"), {trimmed});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return existing->toLongLong();
    auto id = sql::insert(m_db, QStringLiteral("INSERT INTO topics (name) VALUES (?)"), {trimmed});
    if (id)
        m_db.announce({Entity::Topic, ChangeKind::Inserted, {*id}});
    return id;
}

Result<Topic> TopicRepository::get(Id id) const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT id, name, focus FROM topics WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Topics", "No topic with id %1.").arg(id));
    return Topic{rows->integer(0), rows->text(1), rows->integer(2) != 0};
}

Result<std::optional<Topic>> TopicRepository::findByName(const QString& name) const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT id, name, focus FROM topics WHERE name = ?"),
                            {name.simplified()});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<Topic>();
    return std::optional<Topic>(Topic{rows->integer(0), rows->text(1), rows->integer(2) != 0});
}

Result<QVector<Topic>> TopicRepository::list() const {
    auto rows =
        sql::select(m_db, QStringLiteral("SELECT id, name, focus FROM topics ORDER BY name COLLATE NOCASE"));
    if (!rows)
        return rows.error();
    QVector<Topic> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->text(1), rows->integer(2) != 0});
    return out;
}

Result<QVector<TopicUsage>> TopicRepository::usage() const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT t.id, t.name, t.focus,
               (SELECT count(*) FROM person_topics pt WHERE pt.topic_id = t.id),
               (SELECT count(*) FROM conversation_topics ct WHERE ct.topic_id = t.id)
        FROM topics t ORDER BY t.name COLLATE NOCASE)"));
    if (!rows)
        return rows.error();
    QVector<TopicUsage> out;
    while (rows->next()) {
        out.push_back({{rows->integer(0), rows->text(1), rows->integer(2) != 0},
                       static_cast<int>(rows->integer(3)),
                       static_cast<int>(rows->integer(4))});
    }
    return out;
}

Result<QVector<Topic>> TopicRepository::focusTopics() const {
    auto rows = sql::select(
        m_db,
        QStringLiteral("SELECT id, name, focus FROM topics WHERE focus = 1 ORDER BY name COLLATE NOCASE"));
    if (!rows)
        return rows.error();
    QVector<Topic> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->text(1), true});
    return out;
}

Status TopicRepository::setFocus(Id topicId, bool focus) {
    auto st =
        sql::exec(m_db, QStringLiteral("UPDATE topics SET focus = ? WHERE id = ?"), {focus ? 1 : 0, topicId});
    if (st)
        m_db.announce({Entity::Topic, ChangeKind::Updated, {topicId}});
    return st;
}

Status TopicRepository::rename(Id topicId, const QString& name) {
    if (name.simplified().isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Topics", "Topic: the name is empty."));
    auto st = sql::exec(m_db, QStringLiteral("UPDATE topics SET name = ? WHERE id = ?"),
                        {name.simplified(), topicId});
    if (st)
        m_db.announce({Entity::Topic, ChangeKind::Updated, {topicId}});
    return st;
}

Status TopicRepository::remove(Id topicId) {
    auto st = sql::exec(m_db, QStringLiteral("DELETE FROM topics WHERE id = ?"), {topicId});
    if (st)
        m_db.announce({Entity::Topic, ChangeKind::Removed, {topicId}});
    return st;
}

Result<QVector<PersonTopic>> TopicRepository::personTopics(Id personId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT t.id, t.name, pt.weight FROM person_topics pt JOIN topics t ON t.id = pt.topic_id
        WHERE pt.person_id = ? ORDER BY pt.weight DESC, t.name COLLATE NOCASE)"),
                            {personId});
    if (!rows)
        return rows.error();
    QVector<PersonTopic> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->text(1), rows->real(2)});
    return out;
}

Status TopicRepository::setPersonTopics(Id personId, const QVector<PersonTopic>& topics) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st =
            sql::exec(m_db, QStringLiteral("DELETE FROM person_topics WHERE person_id = ?"), {personId});
        !st)
        return st;
    for (const PersonTopic& topic : topics) {
        Id topicId = topic.topicId;
        if (topicId == 0) {
            auto ensured = ensure(topic.name);
            if (!ensured)
                return ensured.error();
            topicId = *ensured;
        }
        auto st = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO person_topics (person_id, topic_id, weight) VALUES (?, ?, ?) "
                           "ON CONFLICT (person_id, topic_id) DO UPDATE SET weight = excluded.weight"),
            {personId, topicId, std::clamp(topic.weight, 0.0, 1.0)});
        if (!st)
            return st;
    }
    return tx.commit();
}

Result<QStringList> TopicRepository::conversationTopics(Id conversationId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT t.name FROM conversation_topics ct JOIN topics t ON t.id = ct.topic_id
        WHERE ct.conversation_id = ? ORDER BY t.name COLLATE NOCASE)"),
                            {conversationId});
    if (!rows)
        return rows.error();
    QStringList out;
    while (rows->next())
        out << rows->text(0);
    return out;
}

Status TopicRepository::setConversationTopics(Id conversationId, const QStringList& topicNames) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM conversation_topics WHERE conversation_id = ?"),
                            {conversationId});
        !st)
        return st;
    for (const QString& name : topicNames) {
        auto topicId = ensure(name);
        if (!topicId)
            return topicId.error();
        auto st =
            sql::exec(m_db,
                      QStringLiteral("INSERT OR IGNORE INTO conversation_topics (conversation_id, topic_id) "
                                     "VALUES (?, ?)"),
                      {conversationId, *topicId});
        if (!st)
            return st;
    }
    return tx.commit();
}

} // namespace chorus
