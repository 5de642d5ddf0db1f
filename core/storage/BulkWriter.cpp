#include "BulkWriter.h"

#include "PersonSummaryRepository.h"
#include "SettingsRepository.h"
#include "Sql.h"

namespace chorus {

BulkWriter::BulkWriter(Database& db, Mode mode)
    : m_db(db)
    , m_tx(db) {
    // Random-order index inserts (touchpoints by person, ties, participants) thrash a small page cache.
    static_cast<void>(sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -524288")));
    if (mode == Mode::FreshWorkspace && m_tx.started())
        m_deferStatus = deferIndexes();
}

Status BulkWriter::deferIndexes() {
    // Only plain secondary indexes: unique ones enforce rules the loaded data must pass row by row.
    QStringList names;
    {
        auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
              AND tbl_name IN ('touchpoints', 'participants', 'identities', 'conversations', 'person_topics',
                               'attendance', 'ties', 'notes', 'follow_ups', 'conversation_topics', 'people'))"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            names << rows->text(0);
            m_deferredIndexes << rows->text(1);
        }
    }
    for (const QString& name : names) {
        if (auto st = sql::exec(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !st)
            return st;
    }
    return deferSearchIndex();
}

// Feeding the full-text index row by row through its triggers is most of the cost of loading people (about
// 100 µs a person); one INSERT … SELECT per table at commit does the same work several times faster. Only the
// rows added by this writer (ids above the largest before it) are indexed then.
Status BulkWriter::deferSearchIndex() {
    static const char* const tables[] = {"people", "identities"};
    for (const char* table : tables) {
        const QString trigger = QStringLiteral("%1_search_insert").arg(QLatin1String(table));
        auto sqlText = sql::scalar(m_db,
                                   QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                                  "name = ?"),
                                   {trigger});
        if (!sqlText)
            return sqlText.error();
        if (sqlText->isNull())
            continue;
        auto maxId = sql::scalar(
            m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table)));
        if (!maxId)
            return maxId.error();
        if (auto st = sql::exec(m_db, QStringLiteral("DROP TRIGGER %1").arg(trigger)); !st)
            return st;
        m_deferredTriggers << DeferredTrigger{QLatin1String(table), sqlText->toString(), maxId->toLongLong()};
    }
    return {};
}

Status BulkWriter::restoreSearchIndex() {
    // The same text the triggers of migration 2 index (kind 1: people, kind 2: identities).
    for (const DeferredTrigger& t : std::as_const(m_deferredTriggers)) {
        const QString fill =
            t.table == QLatin1String("people")
                ? QStringLiteral("INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 1, name, "
                                 "organisation || ' ' || role || ' ' || location FROM people WHERE id > ?")
                : QStringLiteral(
                      "INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 2, handle, platform "
                      "FROM identities WHERE id > ?");
        if (auto st = sql::exec(m_db, fill, {t.maxIdBefore}); !st)
            return st;
        if (auto st = sql::exec(m_db, t.createSql); !st)
            return st;
    }
    m_deferredTriggers.clear();
    return {};
}

BulkWriter::~BulkWriter() {
    static_cast<void>(sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -32000")));
}

Result<Id> BulkWriter::topic(const Topic& t) {
    return sql::insert(m_db, QStringLiteral("INSERT INTO topics (id, name, focus) VALUES (?, ?, ?)"),
                       {sql::optionalId(t.id), t.name, t.focus ? 1 : 0});
}

Result<Id> BulkWriter::tag(const QString& name) {
    return sql::insert(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {name});
}

Result<Id> BulkWriter::person(const Person& p) {
    return sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO people (id, name, organisation, role, location, stance, reach, archived, is_self, created_at,
                            updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
                       {sql::optionalId(p.id), p.name, sql::text(p.organisation), sql::text(p.role),
                        sql::text(p.location), stanceKey(p.stance), p.reach ? QVariant(*p.reach) : QVariant(),
                        p.archived ? 1 : 0, p.isSelf ? 1 : 0, sql::epoch(p.createdAt),
                        sql::epoch(p.updatedAt.isValid() ? p.updatedAt : p.createdAt)});
}

Result<Id> BulkWriter::identity(const Identity& i) {
    return sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO identities (id, person_id, platform, handle, handle_key, url) VALUES (?, ?, ?, ?, ?, ?))"),
                       {sql::optionalId(i.id), i.personId, i.platform, i.handle,
                        normalizedHandle(i.platform, i.handle), sql::text(i.url)});
}

Status BulkWriter::personTopic(Id personId, Id topicId, double weight) {
    return sql::exec(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO person_topics (person_id, topic_id, weight) VALUES (?, ?, ?)"),
        {personId, topicId, weight});
}

Status BulkWriter::personTag(Id personId, Id tagId) {
    return sql::exec(m_db,
                     QStringLiteral("INSERT OR IGNORE INTO person_tags (person_id, tag_id) VALUES (?, ?)"),
                     {personId, tagId});
}

Status BulkWriter::reach(const ReachSample& s) {
    return sql::exec(m_db,
                     QStringLiteral("INSERT OR REPLACE INTO reach_history (person_id, measured_on, reach) "
                                    "VALUES (?, ?, ?)"),
                     {s.personId, sql::isoDate(s.on), s.reach});
}

Result<Id> BulkWriter::tie(const Tie& t) {
    return sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO ties (id, person_a, person_b, kind, strength, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?))"),
                       {sql::optionalId(t.id), t.personA, t.personB, tieKindKey(t.kind), t.strength,
                        tieOriginKey(t.origin), sql::epoch(t.createdAt)});
}

Result<Id> BulkWriter::conversation(const Conversation& c, const QDateTime& createdAt) {
    return sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO conversations (id, title, platform, url, summary, status, started_at, last_activity_at, guid,
                                   source_id, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
                       {sql::optionalId(c.id), sql::text(c.title), sql::text(c.platform),
                        sql::text(c.url.toString()), sql::text(c.summary), conversationStatusKey(c.status),
                        sql::epoch(c.startedAt), sql::epoch(c.lastActivityAt),
                        c.guid.isEmpty() ? QVariant() : QVariant(c.guid), sql::optionalId(c.sourceId),
                        sql::epoch(createdAt)});
}

Status BulkWriter::participant(Id conversationId, const Participant& p) {
    return sql::exec(m_db, QStringLiteral(R"(
        INSERT OR REPLACE INTO participants (conversation_id, person_id, role, messages) VALUES (?, ?, ?, ?))"),
                     {conversationId, p.personId, participantRoleKey(p.role), p.messages});
}

Status BulkWriter::conversationTopic(Id conversationId, Id topicId) {
    return sql::exec(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO conversation_topics (conversation_id, topic_id) VALUES (?, ?)"),
        {conversationId, topicId});
}

Result<Id> BulkWriter::event(const Event& e, const QDateTime& createdAt) {
    return sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO events (id, name, kind, starts_on, ends_on, location, url, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?))"),
                       {sql::optionalId(e.id), e.name, eventKindKey(e.kind), sql::isoDate(e.startsOn),
                        sql::isoDate(e.endsOn), sql::text(e.location), sql::text(e.url.toString()),
                        sql::epoch(createdAt)});
}

Status BulkWriter::attendance(Id eventId, const Attendance& a) {
    return sql::exec(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO attendance (event_id, person_id, role) VALUES (?, ?, ?)"),
        {eventId, a.personId, attendanceRoleKey(a.role)});
}

Result<Id> BulkWriter::touchpoint(const Touchpoint& t) {
    return sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO touchpoints (id, person_id, kind, direction, at, conversation_id, event_id, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?))"),
                       {sql::optionalId(t.id), t.personId, touchpointKindKey(t.kind),
                        directionKey(t.direction), sql::epoch(t.at), sql::optionalId(t.conversationId),
                        sql::optionalId(t.eventId), sql::text(t.note)});
}

Result<Id> BulkWriter::note(const Note& n) {
    const Id person = n.subject == NoteSubject::Person ? n.subjectId : 0;
    const Id conversation = n.subject == NoteSubject::Conversation ? n.subjectId : 0;
    const Id event = n.subject == NoteSubject::Event ? n.subjectId : 0;
    return sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO notes (id, person_id, conversation_id, event_id, body, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?))"),
                       {sql::optionalId(n.id), sql::optionalId(person), sql::optionalId(conversation),
                        sql::optionalId(event), n.body, sql::epoch(n.createdAt),
                        sql::epoch(n.updatedAt.isValid() ? n.updatedAt : n.createdAt)});
}

Result<Id> BulkWriter::followUp(const FollowUp& f) {
    return sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO follow_ups (id, person_id, title, due_on, snoozed_until, done_at, created_at, touchpoint_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?))"),
                       {sql::optionalId(f.id), f.personId, f.title, sql::isoDate(f.dueOn),
                        sql::isoDate(f.snoozedUntil), sql::epoch(f.doneAt), sql::epoch(f.createdAt),
                        sql::optionalId(f.touchpointId)});
}

Status BulkWriter::setting(const QString& key, const QString& value) {
    return sql::exec(m_db,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

Status BulkWriter::stanceHistory(Id personId, const QVector<StanceChange>& changes) {
    if (auto st =
            sql::exec(m_db, QStringLiteral("DELETE FROM stance_changes WHERE person_id = ?"), {personId});
        !st)
        return st;
    for (const StanceChange& c : changes) {
        if (auto st =
                sql::exec(m_db,
                          QStringLiteral("INSERT INTO stance_changes (person_id, old_stance, new_stance, "
                                         "changed_at) VALUES (?, ?, ?, ?)"),
                          {personId, c.from ? QVariant(stanceKey(*c.from)) : QVariant(), stanceKey(c.to),
                           sql::epoch(c.at)});
            !st)
            return st;
    }
    return {};
}

Status BulkWriter::commit() {
    if (!m_deferStatus)
        return m_deferStatus;
    for (const QString& create : m_deferredIndexes) {
        if (auto st = sql::exec(m_db, create); !st)
            return st;
    }
    m_deferredIndexes.clear();
    if (auto st = restoreSearchIndex(); !st)
        return st;
    SettingsRepository settings(m_db);
    PersonSummaryRepository summaries(m_db);
    if (auto st = summaries.refreshAll(settings.healthParameters()); !st)
        return st;
    m_db.announce({Entity::Workspace, ChangeKind::Updated, {}});
    return m_tx.commit();
}

} // namespace chorus
