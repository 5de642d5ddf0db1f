#include "ConversationRepository.h"

#include "ConversationLookup.h"
#include "FtsQuery.h"
#include "Sql.h"
#include "TopicRepository.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Conversations)
};

const QString kColumns = QStringLiteral(
    "id, title, platform, url, summary, status, started_at, last_activity_at, guid, source_id");

Conversation fromRow(const sql::Rows& r) {
    Conversation c;
    c.id = r.integer(0);
    c.title = r.text(1);
    c.platform = r.text(2);
    c.url = QUrl(r.text(3));
    c.summary = r.text(4);
    c.status = conversationStatusFromKey(r.text(5)).value_or(ConversationStatus::Seen);
    c.startedAt = sql::fromEpoch(r.value(6));
    c.lastActivityAt = sql::fromEpoch(r.value(7));
    c.guid = r.text(8);
    c.sourceId = r.integer(9);
    return c;
}
} // namespace

Status ConversationRepository::validate(const Conversation& c) const {
    if (c.title.trimmed().isEmpty() && c.url.isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Conversation: give it a title or a link."));
    if (!c.url.isEmpty() && (!c.url.isValid() || c.url.scheme().isEmpty()))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Link: \"%1\" is not a valid address.").arg(c.url.toString()));
    return {};
}

Result<Id> ConversationRepository::add(const Conversation& c) {
    if (auto st = validate(c); !st)
        return st.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const QDateTime now = m_clock.now();
    auto id = sql::insert(
        m_db, QStringLiteral(R"(
        INSERT INTO conversations (title, platform, url, summary, status, started_at, last_activity_at, guid,
                                   source_id, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
        {c.title.trimmed(), sql::text(c.platform), sql::text(c.url.toString()), sql::text(c.summary),
         conversationStatusKey(c.status), sql::epoch(c.startedAt.isValid() ? c.startedAt : now),
         sql::epoch(c.lastActivityAt.isValid() ? c.lastActivityAt
                                               : (c.startedAt.isValid() ? c.startedAt : now)),
         c.guid.isEmpty() ? QVariant() : QVariant(c.guid), sql::optionalId(c.sourceId), sql::epoch(now)});
    if (!id)
        return id.error();
    if (auto st = setParticipants(*id, c.participants); !st)
        return st.error();
    if (!c.topics.isEmpty()) {
        if (auto st = m_topics.setConversationTopics(*id, c.topics); !st)
            return st.error();
    }
    m_db.announce({Entity::Conversation, ChangeKind::Inserted, {*id}});
    if (auto st = tx.commit(); !st)
        return st.error();
    return *id;
}

Status ConversationRepository::update(const Conversation& c) {
    if (auto st = validate(c); !st)
        return st;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto changed = sql::modify(m_db, QStringLiteral(R"(
        UPDATE conversations SET title = ?, platform = ?, url = ?, summary = ?, status = ?, started_at = ?,
                                 last_activity_at = ?
        WHERE id = ?)"),
                               {c.title.trimmed(), sql::text(c.platform), sql::text(c.url.toString()),
                                sql::text(c.summary), conversationStatusKey(c.status),
                                sql::epoch(c.startedAt), sql::epoch(c.lastActivityAt), c.id});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No conversation with id %1.").arg(c.id));
    if (auto st = setParticipants(c.id, c.participants); !st)
        return st;
    if (auto st = m_topics.setConversationTopics(c.id, c.topics); !st)
        return st;
    m_db.announce({Entity::Conversation, ChangeKind::Updated, {c.id}});
    return tx.commit();
}

Status ConversationRepository::setStatus(Id id, ConversationStatus status) {
    auto st = sql::exec(m_db, QStringLiteral("UPDATE conversations SET status = ? WHERE id = ?"),
                        {conversationStatusKey(status), id});
    if (st)
        m_db.announce({Entity::Conversation, ChangeKind::Updated, {id}});
    return st;
}

Result<Conversation> ConversationRepository::get(Id id) const {
    Conversation c;
    {
        auto rows = sql::select(
            m_db, QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(kColumns), {id});
        if (!rows)
            return rows.error();
        if (!rows->next())
            return makeError(ErrorCode::NotFound, Tr::tr("No conversation with id %1.").arg(id));
        c = fromRow(*rows);
    }
    auto participants = this->participants(id);
    if (!participants)
        return participants.error();
    c.participants = *participants;
    auto topics = m_topics.conversationTopics(id);
    if (!topics)
        return topics.error();
    c.topics = *topics;
    return c;
}

Status ConversationRepository::remove(Id id) {
    auto removed = sql::modify(m_db, QStringLiteral("DELETE FROM conversations WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No conversation with id %1.").arg(id));
    m_db.announce({Entity::Conversation, ChangeKind::Removed, {id}});
    return {};
}

Result<int> ConversationRepository::count() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM conversations"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QVector<ConversationRow>> ConversationRepository::list(const ConversationFilter& filter, int limit,
                                                              int offset) const {
    QStringList where{QStringLiteral("1")};
    QVariantList params;
    if (!filter.statuses.isEmpty()) {
        QStringList keys;
        for (ConversationStatus s : filter.statuses)
            keys << QLatin1Char('"') + conversationStatusKey(s) + QLatin1Char('"');
        where << QStringLiteral("c.status IN (SELECT value FROM json_each(?))");
        params << QLatin1Char('[') + keys.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    if (filter.topicId > 0) {
        where << QStringLiteral(
            "c.id IN (SELECT conversation_id FROM conversation_topics WHERE topic_id = ?)");
        params << filter.topicId;
    }
    if (filter.personId > 0) {
        where << QStringLiteral("c.id IN (SELECT conversation_id FROM participants WHERE person_id = ?)");
        params << filter.personId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = ftsMatchExpression(filter.text);
        if (match.isEmpty())
            return QVector<ConversationRow>();
        where << QStringLiteral(
            "c.id IN (SELECT rowid >> 3 FROM search_index WHERE search_index MATCH ? AND (rowid & 7) = 3)");
        params << match;
    }
    params << limit << offset;
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (filter.sortKey) {
    case ConversationSortKey::LastActivity:
        break;
    case ConversationSortKey::Title:
        order = QStringLiteral("c.title COLLATE NOCASE") + dir + QStringLiteral(", ");
        break;
    case ConversationSortKey::Platform:
        order = QStringLiteral("c.platform COLLATE NOCASE") + dir + QStringLiteral(", ");
        break;
    case ConversationSortKey::Status: // in the order a thread moves through them
        order = QStringLiteral("CASE c.status WHEN 'seen' THEN 0 WHEN 'watching' THEN 1 WHEN 'joined' THEN 2 "
                               "WHEN 'hosting' THEN 3 ELSE 4 END") +
                dir + QStringLiteral(", ");
        break;
    case ConversationSortKey::Participants:
        order = QStringLiteral("(SELECT count(*) FROM participants p WHERE p.conversation_id = c.id)") + dir +
                QStringLiteral(", ");
        break;
    }
    // Last activity breaks ties (most recent first), unless it is the order itself.
    const QString activityDir =
        filter.sortKey == ConversationSortKey::LastActivity ? dir : QStringLiteral(" DESC");
    order += QStringLiteral("c.last_activity_at%1, c.id%1").arg(activityDir);
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
        SELECT c.id, c.title, c.platform, c.status, c.last_activity_at,
               (SELECT count(*) FROM participants p WHERE p.conversation_id = c.id),
               (SELECT group_concat(t.name, ', ') FROM conversation_topics ct JOIN topics t ON t.id = ct.topic_id
                 WHERE ct.conversation_id = c.id)
        FROM conversations c WHERE %1
        ORDER BY %2 LIMIT ? OFFSET ?)")
                                .arg(where.join(QStringLiteral(" AND ")), order),
                            params);
    if (!rows)
        return rows.error();
    QVector<ConversationRow> out;
    while (rows->next()) {
        ConversationRow row;
        row.id = rows->integer(0);
        row.title = rows->text(1);
        row.platform = rows->text(2);
        row.status = conversationStatusFromKey(rows->text(3)).value_or(ConversationStatus::Seen);
        row.lastActivityAt = sql::fromEpoch(rows->value(4));
        row.participants = static_cast<int>(rows->integer(5));
        row.topics = rows->text(6);
        out.push_back(row);
    }
    return out;
}

Result<QVector<Participant>> ConversationRepository::participants(Id conversationId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT pa.person_id, p.name, pa.role, pa.messages FROM participants pa JOIN people p ON p.id = pa.person_id
        WHERE pa.conversation_id = ?
        ORDER BY CASE pa.role WHEN 'started' THEN 0 WHEN 'replied' THEN 1 ELSE 2 END, p.name COLLATE NOCASE)"),
                            {conversationId});
    if (!rows)
        return rows.error();
    QVector<Participant> out;
    while (rows->next()) {
        out.push_back({rows->integer(0), rows->text(1),
                       participantRoleFromKey(rows->text(2)).value_or(ParticipantRole::Replied),
                       static_cast<int>(rows->integer(3))});
    }
    return out;
}

Status ConversationRepository::setParticipants(Id conversationId, const QVector<Participant>& participants) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM participants WHERE conversation_id = ?"),
                            {conversationId});
        !st)
        return st;
    for (const Participant& p : participants) {
        if (auto st = addParticipant(conversationId, p); !st)
            return st;
    }
    return tx.commit();
}

Status ConversationRepository::addParticipant(Id conversationId, const Participant& p) {
    auto st = sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO participants (conversation_id, person_id, role, messages) VALUES (?, ?, ?, ?)
        ON CONFLICT (conversation_id, person_id) DO UPDATE SET role = excluded.role, messages = excluded.messages)"),
                        {conversationId, p.personId, participantRoleKey(p.role), std::max(0, p.messages)});
    if (!st && st.error().message.contains(QLatin1String("FOREIGN KEY")))
        return makeError(ErrorCode::NotFound, Tr::tr("Participant: no person with id %1.").arg(p.personId));
    if (st)
        m_db.announce({Entity::Conversation, ChangeKind::Updated, {conversationId}});
    return st;
}

Status ConversationRepository::removeParticipant(Id conversationId, Id personId) {
    auto st = sql::exec(
        m_db, QStringLiteral("DELETE FROM participants WHERE conversation_id = ? AND person_id = ?"),
        {conversationId, personId});
    if (st)
        m_db.announce({Entity::Conversation, ChangeKind::Updated, {conversationId}});
    return st;
}

Result<QVector<PersonConversation>> ConversationRepository::forPerson(Id personId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT c.id, c.title, c.url, pa.role, c.started_at, c.last_activity_at
        FROM participants pa JOIN conversations c ON c.id = pa.conversation_id
        WHERE pa.person_id = ? ORDER BY c.last_activity_at DESC)"),
                            {personId});
    if (!rows)
        return rows.error();
    QVector<PersonConversation> out;
    while (rows->next()) {
        out.push_back({rows->integer(0), rows->text(1), QUrl(rows->text(2)),
                       participantRoleFromKey(rows->text(3)).value_or(ParticipantRole::Replied),
                       sql::fromEpoch(rows->value(4)), sql::fromEpoch(rows->value(5))});
    }
    return out;
}

Result<std::optional<Id>> ConversationRepository::findByGuidOrUrl(const QString& guid,
                                                                  const QString& url) const {
    if (!guid.isEmpty()) {
        auto v =
            sql::scalar(m_db, QStringLiteral("SELECT id FROM conversations WHERE guid = ? LIMIT 1"), {guid});
        if (!v)
            return v.error();
        if (!v->isNull())
            return std::optional<Id>(v->toLongLong());
    }
    if (!url.isEmpty())
        return storage_detail::conversationWithUrl(m_db, url);
    return std::optional<Id>();
}

} // namespace chorus
