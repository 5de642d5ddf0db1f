#include "Migrations.h"

namespace chorus {
namespace {

// Timestamps are INTEGER seconds since the Unix epoch (UTC); calendar dates are TEXT 'YYYY-MM-DD'.
Migration entities() {
    return {
        1,
        "people, identities, topics, tags, ties, conversations, events, touchpoints, notes, follow-ups",
        {
            QStringLiteral(R"(CREATE TABLE workspace_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    revision INTEGER NOT NULL DEFAULT 0,
                    created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(INSERT INTO workspace_state (id, revision, created_at)
                    VALUES (1, 0, CAST(strftime('%s', 'now') AS INTEGER)))"),
            QStringLiteral(R"(CREATE TABLE settings (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL) WITHOUT ROWID)"),

            QStringLiteral(R"(CREATE TABLE people (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                    organisation TEXT NOT NULL DEFAULT '',
                    role TEXT NOT NULL DEFAULT '',
                    location TEXT NOT NULL DEFAULT '',
                    stance TEXT NOT NULL DEFAULT 'unknown' CHECK (stance IN
                        ('champion', 'advocate', 'supporter', 'neutral', 'sceptic', 'unknown')),
                    reach INTEGER CHECK (reach IS NULL OR reach >= 0),
                    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
                    is_self INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    -- Derived from touchpoints and follow-ups by PersonSummaryRepository, kept on the row so that
                    -- 100,000 people sort by health or recency straight from a covering index.
                    touchpoint_count INTEGER NOT NULL DEFAULT 0,
                    last_touchpoint_at INTEGER,
                    last_two_way_at INTEGER,
                    health_log REAL,
                    open_follow_ups INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE UNIQUE INDEX people_single_self ON people (is_self) WHERE is_self = 1"),
            // Covering indexes for the people table's sort orders (with the columns every list filters on).
            QStringLiteral(
                "CREATE INDEX people_by_name ON people (name COLLATE NOCASE, archived, is_self, stance)"),
            QStringLiteral("CREATE INDEX people_by_organisation ON people "
                           "(organisation COLLATE NOCASE, name COLLATE NOCASE, archived, is_self, stance)"),
            QStringLiteral("CREATE INDEX people_by_health ON people (health_log, archived, is_self, stance)"),
            QStringLiteral("CREATE INDEX people_by_last_touchpoint ON people "
                           "(last_touchpoint_at, archived, is_self, stance)"),
            QStringLiteral(
                "CREATE INDEX people_by_stance ON people (stance, name COLLATE NOCASE, archived, is_self)"),

            QStringLiteral(R"(CREATE TABLE identities (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    platform TEXT NOT NULL CHECK (length(platform) > 0),
                    handle TEXT NOT NULL CHECK (length(trim(handle)) > 0),
                    handle_key TEXT NOT NULL,
                    url TEXT NOT NULL DEFAULT '',
                    UNIQUE (person_id, platform, handle_key)))"),
            QStringLiteral("CREATE INDEX identities_handle ON identities (handle_key, platform)"),

            QStringLiteral(R"(CREATE TABLE topics (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
                    focus INTEGER NOT NULL DEFAULT 0 CHECK (focus IN (0, 1))))"),
            QStringLiteral(R"(CREATE TABLE person_topics (
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
                    weight REAL NOT NULL DEFAULT 1.0 CHECK (weight >= 0 AND weight <= 1),
                    PRIMARY KEY (person_id, topic_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX person_topics_topic ON person_topics (topic_id, person_id)"),
            QStringLiteral(R"(CREATE TABLE tags (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)))"),
            QStringLiteral(R"(CREATE TABLE person_tags (
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
                    PRIMARY KEY (person_id, tag_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX person_tags_tag ON person_tags (tag_id, person_id)"),
            QStringLiteral(R"(CREATE TABLE reach_history (
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    measured_on TEXT NOT NULL,
                    reach INTEGER NOT NULL CHECK (reach >= 0),
                    PRIMARY KEY (person_id, measured_on)) WITHOUT ROWID)"),

            QStringLiteral(R"(CREATE TABLE ties (
                    id INTEGER PRIMARY KEY,
                    person_a INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    person_b INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL DEFAULT 'knows'
                        CHECK (kind IN ('knows', 'colleagues', 'collaborates', 'introduced')),
                    strength REAL NOT NULL DEFAULT 0.5 CHECK (strength >= 0 AND strength <= 1),
                    origin TEXT NOT NULL DEFAULT 'manual'
                        CHECK (origin IN ('manual', 'conversation', 'event', 'introduction', 'import')),
                    created_at INTEGER NOT NULL,
                    CHECK (person_a < person_b),
                    UNIQUE (person_a, person_b)))"),
            QStringLiteral("CREATE INDEX ties_person_b ON ties (person_b, person_a)"),

            QStringLiteral(R"(CREATE TABLE conversations (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL DEFAULT '',
                    platform TEXT NOT NULL DEFAULT '',
                    url TEXT NOT NULL DEFAULT '',
                    summary TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL DEFAULT 'seen'
                        CHECK (status IN ('seen', 'watching', 'joined', 'hosting', 'closed')),
                    started_at INTEGER,
                    last_activity_at INTEGER,
                    guid TEXT,
                    source_id INTEGER,
                    created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX conversations_activity ON conversations (last_activity_at)"),
            QStringLiteral("CREATE INDEX conversations_status ON conversations (status, last_activity_at)"),
            QStringLiteral("CREATE INDEX conversations_url ON conversations (url) WHERE url <> ''"),
            QStringLiteral("CREATE INDEX conversations_guid ON conversations (guid) WHERE guid IS NOT NULL"),
            QStringLiteral(R"(CREATE TABLE conversation_topics (
                    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
                    PRIMARY KEY (conversation_id, topic_id)) WITHOUT ROWID)"),
            QStringLiteral(
                "CREATE INDEX conversation_topics_topic ON conversation_topics (topic_id, conversation_id)"),
            QStringLiteral(R"(CREATE TABLE participants (
                    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    role TEXT NOT NULL DEFAULT 'replied' CHECK (role IN ('started', 'replied', 'mentioned')),
                    messages INTEGER NOT NULL DEFAULT 1 CHECK (messages >= 0),
                    PRIMARY KEY (conversation_id, person_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX participants_person ON participants (person_id, conversation_id)"),

            QStringLiteral(R"(CREATE TABLE events (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                    kind TEXT NOT NULL DEFAULT 'conference'
                        CHECK (kind IN ('conference', 'meetup', 'call', 'workshop', 'other')),
                    starts_on TEXT,
                    ends_on TEXT,
                    location TEXT NOT NULL DEFAULT '',
                    url TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX events_start ON events (starts_on)"),
            QStringLiteral(R"(CREATE TABLE attendance (
                    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    role TEXT NOT NULL DEFAULT 'attendee' CHECK (role IN ('attendee', 'speaker', 'organiser')),
                    PRIMARY KEY (event_id, person_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX attendance_person ON attendance (person_id, event_id)"),

            QStringLiteral(R"(CREATE TABLE touchpoint_kinds (
                    key TEXT PRIMARY KEY,
                    axis TEXT NOT NULL CHECK (axis IN ('with', 'to')),
                    two_way INTEGER NOT NULL CHECK (two_way IN (0, 1))) WITHOUT ROWID)"),
            QStringLiteral(R"(INSERT INTO touchpoint_kinds (key, axis, two_way) VALUES
                    ('met', 'with', 1), ('call', 'with', 1), ('replied', 'with', 1), ('amplified', 'with', 0),
                    ('helped', 'with', 1), ('co-created', 'with', 1), ('introduced', 'with', 0),
                    ('thanked', 'with', 0), ('asked-feedback', 'with', 1), ('pitched', 'to', 0),
                    ('broadcast', 'to', 0), ('asked-to-share', 'to', 0))"),
            QStringLiteral(R"(CREATE TABLE touchpoints (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL REFERENCES touchpoint_kinds (key),
                    direction TEXT NOT NULL DEFAULT 'out' CHECK (direction IN ('out', 'in')),
                    at INTEGER NOT NULL,
                    conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
                    event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
                    note TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX touchpoints_person ON touchpoints (person_id, at)"),
            QStringLiteral("CREATE INDEX touchpoints_at ON touchpoints (at)"),
            QStringLiteral("CREATE INDEX touchpoints_conversation ON touchpoints (conversation_id) "
                           "WHERE conversation_id IS NOT NULL"),
            QStringLiteral(
                "CREATE INDEX touchpoints_event ON touchpoints (event_id) WHERE event_id IS NOT NULL"),

            QStringLiteral(R"(CREATE TABLE notes (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER REFERENCES people (id) ON DELETE CASCADE,
                    conversation_id INTEGER REFERENCES conversations (id) ON DELETE CASCADE,
                    event_id INTEGER REFERENCES events (id) ON DELETE CASCADE,
                    body TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    CHECK ((person_id IS NOT NULL) + (conversation_id IS NOT NULL) + (event_id IS NOT NULL) = 1)))"),
            QStringLiteral("CREATE INDEX notes_person ON notes (person_id) WHERE person_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX notes_conversation ON notes (conversation_id) "
                           "WHERE conversation_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX notes_event ON notes (event_id) WHERE event_id IS NOT NULL"),

            QStringLiteral(R"(CREATE TABLE follow_ups (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                    due_on TEXT NOT NULL,
                    snoozed_until TEXT,
                    done_at INTEGER,
                    created_at INTEGER NOT NULL,
                    touchpoint_id INTEGER REFERENCES touchpoints (id) ON DELETE SET NULL))"),
            QStringLiteral("CREATE INDEX follow_ups_open ON follow_ups (due_on) WHERE done_at IS NULL"),
            QStringLiteral("CREATE INDEX follow_ups_person ON follow_ups (person_id)"),

            QStringLiteral(R"(CREATE TABLE suggestion_feedback (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    subject_key TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('done', 'dismissed', 'snoozed')),
                    at INTEGER NOT NULL,
                    until INTEGER))"),
            QStringLiteral(
                "CREATE INDEX suggestion_feedback_subject ON suggestion_feedback (kind, subject_key, at)"),

        }};
}

// Full-text search. Row ids encode what a row is: id * 8 + kind (1 person, 2 identity, 3 conversation,
// 4 note, 5 event), so triggers update and delete by rowid instead of scanning.
Migration fullTextSearch() {
    return {
        2,
        "full-text index over people, handles, conversations, notes and events",
        {
            QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, body, "
                           "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),

            QStringLiteral(R"(CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
                    INSERT INTO search_index (rowid, title, body)
                    VALUES (new.id * 8 + 1, new.name, new.organisation || ' ' || new.role || ' ' || new.location);
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER people_search_update
                    AFTER UPDATE OF name, organisation, role, location ON people BEGIN
                    UPDATE search_index SET title = new.name,
                        body = new.organisation || ' ' || new.role || ' ' || new.location
                    WHERE rowid = new.id * 8 + 1;
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
                    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
                    END)"),

            QStringLiteral(R"(CREATE TRIGGER identities_search_insert AFTER INSERT ON identities BEGIN
                    INSERT INTO search_index (rowid, title, body) VALUES (new.id * 8 + 2, new.handle, new.platform);
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER identities_search_update
                    AFTER UPDATE OF handle, platform ON identities BEGIN
                    UPDATE search_index SET title = new.handle, body = new.platform WHERE rowid = new.id * 8 + 2;
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER identities_search_delete AFTER DELETE ON identities BEGIN
                    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
                    END)"),

            QStringLiteral(R"(CREATE TRIGGER conversations_search_insert AFTER INSERT ON conversations BEGIN
                    INSERT INTO search_index (rowid, title, body) VALUES (new.id * 8 + 3, new.title, new.summary);
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER conversations_search_update
                    AFTER UPDATE OF title, summary ON conversations BEGIN
                    UPDATE search_index SET title = new.title, body = new.summary WHERE rowid = new.id * 8 + 3;
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER conversations_search_delete AFTER DELETE ON conversations BEGIN
                    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
                    END)"),

            QStringLiteral(R"(CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
                    INSERT INTO search_index (rowid, title, body) VALUES (new.id * 8 + 4, '', new.body);
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER notes_search_update AFTER UPDATE OF body ON notes BEGIN
                    UPDATE search_index SET body = new.body WHERE rowid = new.id * 8 + 4;
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
                    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
                    END)"),

            QStringLiteral(R"(CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
                    INSERT INTO search_index (rowid, title, body) VALUES (new.id * 8 + 5, new.name, new.location);
                    END)"),
            QStringLiteral(
                R"(CREATE TRIGGER events_search_update AFTER UPDATE OF name, location ON events BEGIN
                    UPDATE search_index SET title = new.name, body = new.location WHERE rowid = new.id * 8 + 5;
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
                    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
                    END)"),

            // Index what a version-1 workspace already holds.
            QStringLiteral("INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 1, name, "
                           "organisation || ' ' || role || ' ' || location FROM people"),
            QStringLiteral("INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 2, handle, "
                           "platform FROM identities"),
            QStringLiteral("INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 3, title, summary "
                           "FROM conversations"),
            QStringLiteral(
                "INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 4, '', body FROM notes"),
            QStringLiteral("INSERT INTO search_index (rowid, title, body) SELECT id * 8 + 5, name, location "
                           "FROM events"),
        }};
}

Migration sourcesAndLayout() {
    return {3,
            "feed sources, stored map positions, capture drafts, erasure log",
            {
                QStringLiteral(R"(CREATE TABLE sources (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    identity_id INTEGER REFERENCES identities (id) ON DELETE SET NULL,
                    url TEXT NOT NULL CHECK (length(url) > 0),
                    title TEXT NOT NULL DEFAULT '',
                    etag TEXT,
                    last_modified TEXT,
                    last_fetched_at INTEGER,
                    last_success_at INTEGER,
                    last_status TEXT NOT NULL DEFAULT '',
                    last_error TEXT NOT NULL DEFAULT '',
                    failures INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at INTEGER,
                    created_at INTEGER NOT NULL,
                    UNIQUE (person_id, url)))"),
                QStringLiteral("CREATE INDEX conversations_source ON conversations (source_id) "
                               "WHERE source_id IS NOT NULL"),
                QStringLiteral(R"(CREATE TABLE node_positions (
                    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
                    x REAL NOT NULL,
                    y REAL NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE capture_drafts (
                    id INTEGER PRIMARY KEY,
                    event_id INTEGER REFERENCES events (id) ON DELETE CASCADE,
                    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
                    data TEXT NOT NULL DEFAULT '{}',
                    updated_at INTEGER NOT NULL))"),
                // When people were erased (never who): backups older than this still hold their data.
                QStringLiteral(R"(CREATE TABLE erasures (
                    id INTEGER PRIMARY KEY,
                    erased_at INTEGER NOT NULL))"),
            }};
}

// Capture and de-duplication: pairs the user said are different people (the duplicate finder stops proposing
// them), and capture drafts found by event.
Migration captureAndDuplicates() {
    return {5,
            "pairs of people marked as not duplicates; capture drafts by event",
            {
                QStringLiteral(R"(CREATE TABLE not_duplicates (
                    person_a INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    person_b INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    decided_at INTEGER NOT NULL,
                    CHECK (person_a < person_b),
                    PRIMARY KEY (person_a, person_b)) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX not_duplicates_b ON not_duplicates (person_b, person_a)"),
                QStringLiteral("CREATE INDEX capture_drafts_event ON capture_drafts (event_id, updated_at)"),
                QStringLiteral("CREATE INDEX capture_drafts_person ON capture_drafts (person_id) "
                               "WHERE person_id IS NOT NULL"),
            }};
}

// The people table's "going cold" filter (issue 3): established relationships (three or more touchpoints)
// whose health has fallen low. Partial indexes over just those people, carrying health, let the default name
// order and the health order read them without visiting table rows (it scanned people_by_name and read every
// row before: 280 ms at 100,000 people). The condition must match PeopleRepository::queryIds word for word.
Migration goingColdIndexes() {
    return {11,
            "people table: going-cold people by name and by health",
            {
                QStringLiteral("CREATE INDEX IF NOT EXISTS people_cold_by_name ON people "
                               "(name COLLATE NOCASE, health_log) "
                               "WHERE archived = 0 AND is_self = 0 AND touchpoint_count >= 3"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS people_cold_by_health ON people (health_log) "
                               "WHERE archived = 0 AND is_self = 0 AND touchpoint_count >= 3"),
            }};
}

// Suggestions: covering indexes so the lists read best-first without visiting table rows. Touchpoints by
// person now carry kind and direction (engagement and reciprocity); cold people are found and ordered from an
// index.
Migration suggestionIndexes() {
    return {9,
            "covering indexes for suggestions: touchpoints by person with kind and direction, cold people",
            {
                QStringLiteral("CREATE INDEX IF NOT EXISTS touchpoints_person_kind ON touchpoints "
                               "(person_id, at, kind, direction)"),
                // The new index serves every query the old one did (same leading columns).
                QStringLiteral("DROP INDEX IF EXISTS touchpoints_person"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS people_reconnect ON people "
                               "(health_log, touchpoint_count, stance) WHERE archived = 0 AND is_self = 0"),
            }};
}

// Feed sources (issue 9): how many new items the last refresh brought, for the Sources page and the CLI, and
// the order refreshes take sources in.
Migration feedSources() {
    return {6,
            "feed sources: new items from the last refresh; sources by next attempt",
            {
                QStringLiteral("ALTER TABLE sources ADD COLUMN last_new_items INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE INDEX sources_next_attempt ON sources (next_attempt_at)"),
            }};
}

// Reports (issue 7): every person's stance over time, for "are sceptics becoming supporters?". Triggers
// record a row when a person is created and whenever their stance changes, in the writer's transaction, at
// the writer's time (created_at / updated_at), so no writer can forget it. Existing people start with their
// current stance as of their creation.
Migration stanceHistory() {
    const QString stances =
        QStringLiteral("('champion', 'advocate', 'supporter', 'neutral', 'sceptic', 'unknown')");
    return {
        10,
        "stance history: one row per person created and per stance change",
        {
            QStringLiteral(R"(CREATE TABLE stance_changes (
                    id INTEGER PRIMARY KEY,
                    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    old_stance TEXT CHECK (old_stance IS NULL OR old_stance IN %1),
                    new_stance TEXT NOT NULL CHECK (new_stance IN %1),
                    changed_at INTEGER NOT NULL))")
                .arg(stances),
            QStringLiteral("CREATE INDEX stance_changes_person ON stance_changes (person_id, changed_at)"),
            QStringLiteral("CREATE INDEX stance_changes_at ON stance_changes (changed_at)"),
            QStringLiteral(R"(CREATE TRIGGER people_stance_insert AFTER INSERT ON people BEGIN
                    INSERT INTO stance_changes (person_id, old_stance, new_stance, changed_at)
                    VALUES (new.id, NULL, new.stance, new.created_at);
                    END)"),
            QStringLiteral(R"(CREATE TRIGGER people_stance_update AFTER UPDATE OF stance ON people
                    WHEN old.stance <> new.stance BEGIN
                    INSERT INTO stance_changes (person_id, old_stance, new_stance, changed_at)
                    VALUES (new.id, old.stance, new.stance, new.updated_at);
                    END)"),
            QStringLiteral("INSERT INTO stance_changes (person_id, old_stance, new_stance, changed_at) "
                           "SELECT id, NULL, stance, created_at FROM people ORDER BY id"),
        }};
}

} // namespace

const QVector<Migration>& migrations() {
    static const QVector<Migration> all{
        entities(),    fullTextSearch(),    sourcesAndLayout(), captureAndDuplicates(),
        feedSources(), suggestionIndexes(), stanceHistory(),    goingColdIndexes()};
    return all;
}

} // namespace chorus
