#include "BulkWriter.h"

#include "NativeStatement.h"
#include "PersonSummaryRepository.h"
#include "SettingsRepository.h"
#include "Sql.h"

#include <algorithm>

namespace chorus {

using sql::nativeEpoch;
using sql::nativeId;
using sql::nativeIsoDate;
using sql::NativeStatement;
using sql::nativeText;

namespace {
Status status(const Result<Id>& inserted) {
    if (!inserted)
        return inserted.error();
    return {};
}

// Rows a multi-row statement carries: each statement costs about as much as a few rows (SQLite opens its
// cursors and seeks from the root every time), so batching halves the cost of loading people.
constexpr int kBatchRows = 32;

const char* const kPersonInsert = R"(
    INSERT INTO people (id, name, organisation, role, location, stance, reach, archived, is_self, created_at,
                        updated_at)
    VALUES )";
const char* const kIdentityInsert =
    "INSERT INTO identities (id, person_id, platform, handle, handle_key, url) VALUES ";

// The column values of one row, handed to `f` (a single insert, or one row of a batch).
template <typename F> decltype(auto) withPersonValues(const Person& p, F&& f) {
    return f(nativeId(p.id), p.name, nativeText(p.organisation), nativeText(p.role), nativeText(p.location),
             stanceKey(p.stance), p.reach, p.archived, p.isSelf, nativeEpoch(p.createdAt),
             nativeEpoch(p.updatedAt.isValid() ? p.updatedAt : p.createdAt));
}

template <typename F> decltype(auto) withIdentityValues(const Identity& i, F&& f) {
    return f(nativeId(i.id), i.personId, i.platform, i.handle, normalizedHandle(i.platform, i.handle),
             nativeText(i.url));
}
} // namespace

// One statement per table the generator and imports fill row by row (millions of rows at 100,000 people).
struct BulkWriter::Statements {
    explicit Statements(Database& db)
        : person(db, sql::multiRowInsert(kPersonInsert, 11, 1))
        , people(db, sql::multiRowInsert(kPersonInsert, 11, kBatchRows))
        , identity(db, sql::multiRowInsert(kIdentityInsert, 6, 1))
        , identities(db, sql::multiRowInsert(kIdentityInsert, 6, kBatchRows))
        , personTopic(db,
                      "INSERT OR IGNORE INTO person_topics (person_id, topic_id, weight) VALUES (?, ?, ?)")
        , personTag(db, "INSERT OR IGNORE INTO person_tags (person_id, tag_id) VALUES (?, ?)")
        , reach(db, "INSERT OR REPLACE INTO reach_history (person_id, measured_on, reach) VALUES (?, ?, ?)")
        , tie(db, "INSERT INTO ties (id, person_a, person_b, kind, strength, origin, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)")
        , conversation(db, R"(
            INSERT INTO conversations (id, title, platform, url, summary, status, started_at, last_activity_at,
                                       guid, source_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))")
        , participant(db, "INSERT OR REPLACE INTO participants (conversation_id, person_id, role, messages) "
                          "VALUES (?, ?, ?, ?)")
        , conversationTopic(db, "INSERT OR IGNORE INTO conversation_topics (conversation_id, topic_id) "
                                "VALUES (?, ?)")
        , event(db, "INSERT INTO events (id, name, kind, starts_on, ends_on, location, url, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        , attendance(db, "INSERT OR REPLACE INTO attendance (event_id, person_id, role) VALUES (?, ?, ?)")
        , touchpoint(db, "INSERT INTO touchpoints (id, person_id, kind, direction, at, conversation_id, "
                         "event_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        , note(db,
               "INSERT INTO notes (id, person_id, conversation_id, event_id, body, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
        , followUp(db, "INSERT INTO follow_ups (id, person_id, title, due_on, snoozed_until, done_at, "
                       "created_at, touchpoint_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") {}

    NativeStatement person, people, identity, identities, personTopic, personTag, reach, tie, conversation,
        participant, conversationTopic, event, attendance, touchpoint, note, followUp;
};

BulkWriter::BulkWriter(Database& db, Mode mode)
    : m_db(db)
    , m_tx(db)
    , m_statements(std::make_unique<Statements>(db))
    , m_mode(mode) {
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
// 100 µs a person); one INSERT … SELECT per table at commit does the same work several times faster. The
// same goes for the "created" row of each person's stance history. Only the rows added by this writer (ids
// above the largest before it) are filled in then.
Status BulkWriter::deferSearchIndex() {
    struct Deferrable {
        const char* trigger;
        const char* table;
        const char* fill; ///< what the trigger would have written, for rows with id > ?
    };
    // The same text the triggers of migration 2 index (kind 1: people, kind 2: identities), and the row
    // migration 10's trigger records; a person given an invented past (stanceHistory()) already has one.
    static const Deferrable deferrable[] = {
        {"people_search_insert", "people",
         "INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 1, name, "
         "organisation || ' ' || role || ' ' || location FROM people WHERE id > ?"},
        {"identities_search_insert", "identities",
         "INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 2, handle, platform FROM identities "
         "WHERE id > ?"},
        {"people_stance_insert", "people",
         "INSERT INTO stance_changes (person_id, old_stance, new_stance, changed_at) "
         "SELECT id, NULL, stance, created_at FROM people p WHERE id > ? "
         "AND NOT EXISTS (SELECT 1 FROM stance_changes s WHERE s.person_id = p.id) ORDER BY id"},
    };
    for (const Deferrable& d : deferrable) {
        const QString trigger = QLatin1String(d.trigger);
        auto sqlText = sql::scalar(m_db,
                                   QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                                  "name = ?"),
                                   {trigger});
        if (!sqlText)
            return sqlText.error();
        if (sqlText->isNull())
            continue;
        auto maxId = sql::scalar(
            m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(d.table)));
        if (!maxId)
            return maxId.error();
        if (auto st = sql::exec(m_db, QStringLiteral("DROP TRIGGER %1").arg(trigger)); !st)
            return st;
        m_deferredTriggers << DeferredTrigger{QLatin1String(d.fill), sqlText->toString(),
                                              maxId->toLongLong()};
    }
    return {};
}

Status BulkWriter::restoreSearchIndex() {
    for (const DeferredTrigger& t : std::as_const(m_deferredTriggers)) {
        if (auto st = sql::exec(m_db, t.fillSql, {t.maxIdBefore}); !st)
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
    return withPersonValues(p, [this](const auto&... v) { return m_statements->person.insert(v...); });
}

Result<Id> BulkWriter::identity(const Identity& i) {
    return withIdentityValues(i, [this](const auto&... v) { return m_statements->identity.insert(v...); });
}

namespace {
// Inserts `rows` kBatchRows at a time through `batch`, the rest one by one through `insertOne`. A refused
// batch is rolled back by SQLite as a whole and replayed row by row to find the row at fault.
template <typename Row, typename BindRow, typename InsertOne>
Result<QVector<Id>> insertBatched(NativeStatement& batch, const QVector<Row>& rows, BindRow bindRow,
                                  InsertOne insertOne, qsizetype* failedAt) {
    QVector<Id> ids;
    ids.reserve(rows.size());
    auto one = [&](qsizetype i) -> Status {
        auto id = insertOne(rows[i]);
        if (!id) {
            if (failedAt)
                *failedAt = i;
            return id.error();
        }
        ids << *id;
        return {};
    };
    qsizetype i = 0;
    for (; i + kBatchRows <= rows.size(); i += kBatchRows) {
        if (auto st = batch.prepare(); !st)
            return st.error();
        for (int r = 0; r < kBatchRows; ++r)
            bindRow(r, rows[i + r]);
        auto last = batch.step();
        if (!last) {
            // Replayed one by one: the row at fault gives its own error; if none is at fault (the batch
            // failed for a reason of its own), the rows are in and the load goes on.
            for (qsizetype j = i; j < i + kBatchRows; ++j) {
                if (auto st = one(j); !st)
                    return st.error();
            }
            continue;
        }
        // New rows are numbered one above the largest id, in order: a batch's ids are consecutive.
        for (int r = 0; r < kBatchRows; ++r)
            ids << *last - kBatchRows + 1 + r;
    }
    for (; i < rows.size(); ++i) {
        if (auto st = one(i); !st)
            return st.error();
    }
    return ids;
}
} // namespace

Result<QVector<Id>> BulkWriter::people(const QVector<Person>& rows, qsizetype* failedAt) {
    Q_ASSERT(std::all_of(rows.cbegin(), rows.cend(), [](const Person& p) { return p.id == 0; }));
    NativeStatement& batch = m_statements->people;
    return insertBatched(
        batch, rows,
        [&batch](int r, const Person& p) {
            withPersonValues(p, [&](const auto&... v) { batch.bindRow(r, v...); });
        },
        [this](const Person& p) { return person(p); }, failedAt);
}

Status BulkWriter::identities(const QVector<Identity>& rows, qsizetype* failedAt) {
    NativeStatement& batch = m_statements->identities;
    auto ids = insertBatched(
        batch, rows,
        [&batch](int r, const Identity& i) {
            withIdentityValues(i, [&](const auto&... v) { batch.bindRow(r, v...); });
        },
        [this](const Identity& i) { return identity(i); }, failedAt);
    if (!ids)
        return ids.error();
    return {};
}

Status BulkWriter::personTopic(Id personId, Id topicId, double weight) {
    return status(m_statements->personTopic.insert(personId, topicId, weight));
}

Status BulkWriter::personTag(Id personId, Id tagId) {
    return status(m_statements->personTag.insert(personId, tagId));
}

Status BulkWriter::reach(const ReachSample& s) {
    return status(m_statements->reach.insert(s.personId, nativeIsoDate(s.on), s.reach));
}

Result<Id> BulkWriter::tie(const Tie& t) {
    return m_statements->tie.insert(nativeId(t.id), t.personA, t.personB, tieKindKey(t.kind), t.strength,
                                    tieOriginKey(t.origin), nativeEpoch(t.createdAt));
}

Result<Id> BulkWriter::conversation(const Conversation& c, const QDateTime& createdAt) {
    return m_statements->conversation.insert(
        nativeId(c.id), nativeText(c.title), nativeText(c.platform), nativeText(c.url.toString()),
        nativeText(c.summary), conversationStatusKey(c.status), nativeEpoch(c.startedAt),
        nativeEpoch(c.lastActivityAt), c.guid.isEmpty() ? QString() : c.guid, nativeId(c.sourceId),
        nativeEpoch(createdAt));
}

Status BulkWriter::participant(Id conversationId, const Participant& p) {
    return status(
        m_statements->participant.insert(conversationId, p.personId, participantRoleKey(p.role), p.messages));
}

Status BulkWriter::conversationTopic(Id conversationId, Id topicId) {
    return status(m_statements->conversationTopic.insert(conversationId, topicId));
}

Result<Id> BulkWriter::event(const Event& e, const QDateTime& createdAt) {
    return m_statements->event.insert(nativeId(e.id), e.name, eventKindKey(e.kind), nativeIsoDate(e.startsOn),
                                      nativeIsoDate(e.endsOn), nativeText(e.location),
                                      nativeText(e.url.toString()), nativeEpoch(createdAt));
}

Status BulkWriter::attendance(Id eventId, const Attendance& a) {
    return status(m_statements->attendance.insert(eventId, a.personId, attendanceRoleKey(a.role)));
}

Result<Id> BulkWriter::touchpoint(const Touchpoint& t) {
    m_summariesToRefresh.insert(t.personId);
    return m_statements->touchpoint.insert(
        nativeId(t.id), t.personId, touchpointKindKey(t.kind), directionKey(t.direction), nativeEpoch(t.at),
        nativeId(t.conversationId), nativeId(t.eventId), nativeText(t.note));
}

Result<Id> BulkWriter::note(const Note& n) {
    const Id person = n.subject == NoteSubject::Person ? n.subjectId : 0;
    const Id conversation = n.subject == NoteSubject::Conversation ? n.subjectId : 0;
    const Id event = n.subject == NoteSubject::Event ? n.subjectId : 0;
    return m_statements->note.insert(nativeId(n.id), nativeId(person), nativeId(conversation),
                                     nativeId(event), n.body, nativeEpoch(n.createdAt),
                                     nativeEpoch(n.updatedAt.isValid() ? n.updatedAt : n.createdAt));
}

Result<Id> BulkWriter::followUp(const FollowUp& f) {
    m_summariesToRefresh.insert(f.personId);
    return m_statements->followUp.insert(nativeId(f.id), f.personId, f.title, nativeIsoDate(f.dueOn),
                                         nativeIsoDate(f.snoozedUntil), nativeEpoch(f.doneAt),
                                         nativeEpoch(f.createdAt), nativeId(f.touchpointId));
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
    // A loaded workspace is summarised whole; a few rows added to a big one refresh only their people.
    const Status refreshed =
        m_mode == Mode::FreshWorkspace
            ? summaries.refreshAll(settings.healthParameters())
            : summaries.refresh(QVector<Id>(m_summariesToRefresh.cbegin(), m_summariesToRefresh.cend()),
                                settings.healthParameters());
    if (!refreshed)
        return refreshed;
    m_db.announce({Entity::Workspace, ChangeKind::Updated, {}});
    return m_tx.commit();
}

} // namespace chorus
