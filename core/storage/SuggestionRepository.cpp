#include "SuggestionRepository.h"

#include "IdList.h"
#include "Sql.h"

namespace chorus {
namespace {
// The columns of PersonFacts, read by personFrom() starting at `first`.
const QString kPersonColumns = QStringLiteral(
    "pe.id, pe.name, pe.stance, pe.reach, pe.health_log, pe.last_touchpoint_at, pe.last_two_way_at, "
    "pe.touchpoint_count");
constexpr int kPersonColumnCount = 8;

PersonFacts personFrom(const sql::Rows& r, int first) {
    PersonFacts p;
    p.id = r.integer(first);
    p.name = r.text(first + 1);
    p.stance = stanceFromKey(r.text(first + 2)).value_or(Stance::Unknown);
    if (!r.isNull(first + 3))
        p.reach = r.integer(first + 3);
    if (!r.isNull(first + 4))
        p.healthLog = r.real(first + 4);
    p.lastTouchpointAt = sql::fromEpoch(r.value(first + 5));
    p.lastTwoWayAt = sql::fromEpoch(r.value(first + 6));
    p.touchpointCount = int(r.integer(first + 7));
    return p;
}

PostFacts postFrom(const sql::Rows& r) {
    PostFacts post;
    post.author = personFrom(r, 0);
    post.conversationId = r.integer(kPersonColumnCount);
    post.title = r.text(kPersonColumnCount + 1);
    post.url = r.text(kPersonColumnCount + 2);
    post.startedAt = sql::fromEpoch(r.value(kPersonColumnCount + 3));
    return post;
}

Result<QVector<PersonFacts>> personList(Database& db, const QString& sql, const QVariantList& params) {
    auto rows = sql::select(db, sql, params);
    if (!rows)
        return rows.error();
    QVector<PersonFacts> out;
    while (rows->next())
        out.push_back(personFrom(*rows, 0));
    return out;
}
} // namespace

Result<QVector<PostFacts>> SuggestionRepository::freshPostsByAligned(const QDateTime& since) const {
    // conversations_activity narrows to recent threads (a post's last activity is never before its start).
    // CROSS JOIN fixes that order: without statistics SQLite would start from every aligned person instead.
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
        SELECT %1, c.id, c.title, c.url, c.started_at
        FROM conversations c
        CROSS JOIN participants pa
        CROSS JOIN people pe
        WHERE c.last_activity_at >= ? AND c.started_at >= ? AND c.status <> 'closed'
          AND pa.conversation_id = c.id AND pa.role = 'started' AND pe.id = pa.person_id
          AND pe.archived = 0 AND pe.is_self = 0 AND pe.stance IN ('champion', 'advocate', 'supporter')
        ORDER BY pe.id, c.started_at DESC, c.id)")
                                .arg(kPersonColumns),
                            {sql::epoch(since), sql::epoch(since)});
    if (!rows)
        return rows.error();
    QVector<PostFacts> out;
    while (rows->next())
        out.push_back(postFrom(*rows));
    return out;
}

Result<QHash<Id, PostFacts>> SuggestionRepository::latestPosts(const QVector<Id>& personIds,
                                                               const QDateTime& since) const {
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
        SELECT %1, c.id, c.title, c.url, c.started_at
        FROM participants pa
        JOIN conversations c ON c.id = pa.conversation_id
        JOIN people pe ON pe.id = pa.person_id
        WHERE pa.person_id IN (SELECT value FROM json_each(?)) AND pa.role = 'started' AND c.started_at >= ?
        ORDER BY pe.id, c.started_at, c.id)")
                                .arg(kPersonColumns),
                            {jsonIdArray(personIds), sql::epoch(since)});
    if (!rows)
        return rows.error();
    QHash<Id, PostFacts> out;
    while (rows->next()) {
        PostFacts post = postFrom(*rows);
        out.insert(post.author.id, post); // ascending start: the last one read is the latest
    }
    return out;
}

Result<QVector<PersonFacts>> SuggestionRepository::people(const QVector<Id>& personIds) const {
    return personList(
        m_db,
        QStringLiteral("SELECT %1 FROM people pe WHERE pe.id IN (SELECT value FROM json_each(?)) "
                       "AND pe.archived = 0 ORDER BY pe.id")
            .arg(kPersonColumns),
        {jsonIdArray(personIds)});
}

Result<QVector<PersonFacts>> SuggestionRepository::knownPeople(double minHealthLog, int limit) const {
    return personList(m_db,
                      QStringLiteral("SELECT %1 FROM people pe WHERE pe.health_log > ? AND pe.archived = 0 "
                                     "AND pe.is_self = 0 AND pe.stance <> 'sceptic' "
                                     "ORDER BY pe.health_log DESC, pe.id LIMIT ?")
                          .arg(kPersonColumns),
                      {minHealthLog, limit});
}

Result<QVector<PersonFacts>> SuggestionRepository::coldPeople(double maxHealthLog, int minTouchpoints,
                                                              const ColdOrder& order, int limit, int offset,
                                                              QVector<double>* orderValues) const {
    QVariantList params;
    QString alignment = QStringLiteral("CASE pe.stance");
    for (const QString& key : stanceKeys()) { // a fixed order, so the statement text is always the same
        const auto stance = stanceFromKey(key);
        if (!stance || !order.alignment.contains(*stance))
            continue;
        alignment += QStringLiteral(" WHEN ? THEN ?");
        params << key << order.alignment.value(*stance);
    }
    alignment += QStringLiteral(" ELSE 0 END");
    // The same three components the engine computes, so the list can be read best-first and stop early.
    const QString expression =
        QStringLiteral("(? * min(1.0, ln(1.0 + pe.touchpoint_count) / ln(1.0 + ?)) + ? * %1 + "
                       "? * pow(2.0, -pow(2.0, pe.health_log - ?) / ?))")
            .arg(alignment);
    QVariantList all;
    all << order.investmentWeight << order.investmentFull << order.alignmentWeight << params
        << order.coldnessWeight << order.halfLivesNow << order.healthScale;
    all << maxHealthLog << minTouchpoints << limit << offset;
    // Ranked from the people_reconnect index alone; only the page's rows are read from the table.
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
        SELECT %1, r.rank FROM (
            SELECT pe.id AS id, %2 AS rank FROM people pe
            WHERE pe.health_log < ? AND pe.archived = 0 AND pe.is_self = 0 AND pe.touchpoint_count >= ?
              AND pe.stance <> 'sceptic'
            ORDER BY rank DESC, pe.id LIMIT ? OFFSET ?) r
        CROSS JOIN people pe
        WHERE pe.id = r.id
        ORDER BY r.rank DESC, pe.id)")
                                .arg(kPersonColumns, expression),
                            all);
    if (!rows)
        return rows.error();
    QVector<PersonFacts> out;
    while (rows->next()) {
        out.push_back(personFrom(*rows, 0));
        if (orderValues)
            orderValues->push_back(rows->real(kPersonColumnCount));
    }
    return out;
}

Result<QVector<PersonFacts>> SuggestionRepository::influentialSceptics(qint64 minReach, int limit) const {
    return personList(m_db,
                      QStringLiteral("SELECT %1 FROM people pe WHERE pe.stance = 'sceptic' AND pe.reach >= ? "
                                     "AND pe.archived = 0 AND pe.is_self = 0 "
                                     "ORDER BY pe.reach DESC, pe.id LIMIT ?")
                          .arg(kPersonColumns),
                      {minReach, limit});
}

Result<QHash<Id, EngagementFacts>> SuggestionRepository::engagement(const QVector<Id>& personIds,
                                                                    const QDateTime& since) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT t.person_id,
               sum(t.direction = 'in'),
               sum(t.direction = 'out'),
               sum(t.direction = 'out' AND k.two_way = 1),
               max(CASE WHEN t.direction = 'out' AND t.kind IN ('amplified', 'helped', 'co-created')
                        THEN t.at END)
        FROM touchpoints t JOIN touchpoint_kinds k ON k.key = t.kind
        WHERE t.person_id IN (SELECT value FROM json_each(?)) AND t.at >= ?
        GROUP BY t.person_id)"),
                            {jsonIdArray(personIds), sql::epoch(since)});
    if (!rows)
        return rows.error();
    QHash<Id, EngagementFacts> out;
    while (rows->next()) {
        EngagementFacts e;
        e.inbound = int(rows->integer(1));
        e.outbound = int(rows->integer(2));
        e.outboundTwoWay = int(rows->integer(3));
        e.lastSupportAt = sql::fromEpoch(rows->value(4));
        out.insert(rows->integer(0), e);
    }
    return out;
}

Result<QHash<Id, QVector<std::pair<QDate, qint64>>>>
SuggestionRepository::reachSamples(const QVector<Id>& personIds, const QDate& since) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT person_id, measured_on, reach FROM reach_history
        WHERE person_id IN (SELECT value FROM json_each(?)) AND measured_on >= ?
        ORDER BY person_id, measured_on)"),
                            {jsonIdArray(personIds), sql::isoDate(since)});
    if (!rows)
        return rows.error();
    QHash<Id, QVector<std::pair<QDate, qint64>>> out;
    while (rows->next())
        out[rows->integer(0)].push_back({sql::fromIsoDate(rows->value(1)), rows->integer(2)});
    return out;
}

Result<QHash<Id, QVector<std::pair<Id, double>>>>
SuggestionRepository::personTopics(const QVector<Id>& personIds) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT person_id, topic_id, weight FROM person_topics
        WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY person_id, topic_id)"),
                            {jsonIdArray(personIds)});
    if (!rows)
        return rows.error();
    QHash<Id, QVector<std::pair<Id, double>>> out;
    while (rows->next())
        out[rows->integer(0)].push_back({rows->integer(1), rows->real(2)});
    return out;
}

Result<QHash<Id, QVector<Id>>>
SuggestionRepository::conversationTopics(const QVector<Id>& conversationIds) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT conversation_id, topic_id FROM conversation_topics
        WHERE conversation_id IN (SELECT value FROM json_each(?)) ORDER BY conversation_id, topic_id)"),
                            {jsonIdArray(conversationIds)});
    if (!rows)
        return rows.error();
    QHash<Id, QVector<Id>> out;
    while (rows->next())
        out[rows->integer(0)].push_back(rows->integer(1));
    return out;
}

Result<QVector<Id>> SuggestionRepository::focusTopicIds() const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT id FROM topics WHERE focus = 1 ORDER BY id"));
    if (!rows)
        return rows.error();
    QVector<Id> out;
    while (rows->next())
        out.push_back(rows->integer(0));
    return out;
}

Result<QVector<std::pair<Id, Id>>> SuggestionRepository::tiesTouching(const QVector<Id>& personIds) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT person_a, person_b FROM ties WHERE person_a IN (SELECT value FROM json_each(?))
        UNION
        SELECT person_a, person_b FROM ties WHERE person_b IN (SELECT value FROM json_each(?))
        ORDER BY 1, 2)"),
                            {jsonIdArray(personIds), jsonIdArray(personIds)});
    if (!rows)
        return rows.error();
    QVector<std::pair<Id, Id>> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->integer(1)});
    return out;
}

Result<QHash<Id, QVector<Id>>> SuggestionRepository::eventsOf(const QVector<Id>& personIds) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT person_id, event_id FROM attendance
        WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY person_id, event_id)"),
                            {jsonIdArray(personIds)});
    if (!rows)
        return rows.error();
    QHash<Id, QVector<Id>> out;
    while (rows->next())
        out[rows->integer(0)].push_back(rows->integer(1));
    return out;
}

Result<QVector<ThreadHead>> SuggestionRepository::activeThreadHeads(const QDateTime& since) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT id, last_activity_at FROM conversations
        WHERE status IN ('seen', 'watching', 'joined', 'hosting') AND last_activity_at >= ?
        ORDER BY last_activity_at DESC, id)"),
                            {sql::epoch(since)});
    if (!rows)
        return rows.error();
    QVector<ThreadHead> out;
    while (rows->next())
        out.push_back({rows->integer(0), sql::fromEpoch(rows->value(1))});
    return out;
}

Result<QSet<Id>> SuggestionRepository::conversationsOnTopics(const QVector<Id>& topicIds) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT conversation_id FROM conversation_topics WHERE topic_id IN (SELECT value FROM json_each(?)))"),
                            {jsonIdArray(topicIds)});
    if (!rows)
        return rows.error();
    QSet<Id> out;
    while (rows->next())
        out.insert(rows->integer(0));
    return out;
}

Result<QVector<ThreadFacts>> SuggestionRepository::threads(const QVector<Id>& conversationIds) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT c.id, c.title, c.url, c.status, c.last_activity_at,
               sum(pe.is_self = 0),
               sum(pa.messages),
               coalesce(sum(CASE WHEN pe.is_self = 1 THEN pa.messages END), 0),
               max(pe.is_self = 1 AND pa.role = 'started'),
               sum(pe.is_self = 0 AND pe.stance IN ('champion', 'advocate', 'supporter')),
               max(CASE WHEN pa.role = 'started' AND pe.is_self = 0 THEN pe.stance END),
               max(CASE WHEN pa.role = 'started' AND pe.is_self = 0 THEN coalesce(pe.reach, 0) END)
        FROM json_each(?) j
        CROSS JOIN conversations c
        CROSS JOIN participants pa
        CROSS JOIN people pe
        WHERE c.id = j.value AND pa.conversation_id = c.id AND pe.id = pa.person_id
        GROUP BY c.id
        ORDER BY c.id)"),
                            {jsonIdArray(conversationIds)});
    if (!rows)
        return rows.error();
    QVector<ThreadFacts> out;
    while (rows->next()) {
        ThreadFacts t;
        t.id = rows->integer(0);
        t.title = rows->text(1);
        t.url = rows->text(2);
        t.status = conversationStatusFromKey(rows->text(3)).value_or(ConversationStatus::Seen);
        t.lastActivityAt = sql::fromEpoch(rows->value(4));
        t.participants = int(rows->integer(5));
        t.messages = int(rows->integer(6));
        t.selfMessages = int(rows->integer(7));
        t.selfStarted = rows->integer(8) != 0;
        t.alignedPresent = int(rows->integer(9));
        t.starterStance = stanceFromKey(rows->text(10)).value_or(Stance::Unknown);
        t.starterReach = rows->integer(11);
        out.push_back(t);
    }
    return out;
}

Result<QVector<ThreadPerson>> SuggestionRepository::threadPeople(const QVector<Id>& conversationIds) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT pa.conversation_id, pe.id, pe.name, pe.stance, pa.messages
        FROM participants pa JOIN people pe ON pe.id = pa.person_id
        WHERE pa.conversation_id IN (SELECT value FROM json_each(?)) AND pe.is_self = 0 AND pe.archived = 0
        ORDER BY pa.conversation_id, pa.messages DESC, pe.name, pe.id)"),
                            {jsonIdArray(conversationIds)});
    if (!rows)
        return rows.error();
    QVector<ThreadPerson> out;
    while (rows->next()) {
        ThreadPerson p;
        p.conversationId = rows->integer(0);
        p.personId = rows->integer(1);
        p.name = rows->text(2);
        p.stance = stanceFromKey(rows->text(3)).value_or(Stance::Unknown);
        p.messages = int(rows->integer(4));
        out.push_back(p);
    }
    return out;
}

} // namespace chorus
