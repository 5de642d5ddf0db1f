#include "support/ContentDigest.h"
#include "support/TempWorkspace.h"

#include "dedupe/PersonMerger.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace chorus;

namespace {
void sqlExec(Workspace& ws, const QString& text, const QVariantList& params = {}) {
    QSqlQuery q(ws.database().connection());
    QVERIFY2(q.prepare(text), qPrintable(q.lastError().text()));
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params[i]);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QStringLiteral(": ") + text));
}

QVariant sqlValue(Workspace& ws, const QString& text, const QVariantList& params = {}) {
    QSqlQuery q(ws.database().connection());
    q.prepare(text);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params[i]);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

/// Every (table, column) with a foreign key to people, read from the schema itself (independent of the merge
/// code).
QVector<QPair<QString, QString>> personForeignKeys(Workspace& ws) {
    QVector<QPair<QString, QString>> out;
    QSqlQuery q(ws.database().connection());
    q.exec(QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                          "WHERE m.type = 'table' AND f.\"table\" = 'people'"));
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}
} // namespace

class TestMerge : public QObject {
    Q_OBJECT

    struct Scene {
        Id survivor = 0;
        Id other = 0;
        Id friendOfBoth = 0;
        Id friendOfOther = 0;
        Id conversation = 0;
        Id otherOnlyConversation = 0;
        Id event = 0;
        Id otherFollowUp = 0;
        Id otherDraft = 0;
        Id survivorDraft = 0;
    };

    /// Two records of one person with everything a person can have, overlapping where merges get interesting.
    void build(test::TempWorkspace& tw, Scene& s) {
        Workspace& ws = tw.ws();
        Person a;
        a.name = QStringLiteral("Ada Lovelace");
        a.organisation = QStringLiteral("Analytical Engines");
        a.stance = Stance::Advocate;
        a.identities = {{0, 0, QStringLiteral("email"), QStringLiteral("ada@engines.example"), {}},
                        {0, 0, QStringLiteral("github"), QStringLiteral("ada"), {}}};
        a.topics = {{0, QStringLiteral("Compilers"), 0.4}, {0, QStringLiteral("Rust on Windows"), 1.0}};
        a.tags = {QStringLiteral("speaker")};
        s.survivor = *ws.people().add(a);
        Person b;
        b.name = QStringLiteral("A. Lovelace");
        b.role = QStringLiteral("Mathematician");
        b.location = QStringLiteral("London");
        b.reach = 5400;
        b.identities = {{0, 0, QStringLiteral("email"), QStringLiteral("ADA@engines.example"), {}},
                        {0, 0, QStringLiteral("mastodon"), QStringLiteral("@countess@hachyderm.io"), {}}};
        b.topics = {{0, QStringLiteral("Compilers"), 0.9}, {0, QStringLiteral("Difference engines"), 0.5}};
        b.tags = {QStringLiteral("speaker"), QStringLiteral("author")};
        s.other = *ws.people().add(b);
        s.friendOfBoth = tw.addPerson(QStringLiteral("Charles Babbage"));
        s.friendOfOther = tw.addPerson(QStringLiteral("Mary Somerville"));

        QVERIFY(ws.reach().record({s.survivor, QDate(2026, 10, 1), 100}).ok());
        QVERIFY(ws.reach().record({s.other, QDate(2026, 10, 1), 5000}).ok());
        QVERIFY(ws.reach().record({s.other, QDate(2026, 11, 1), 5400}).ok());

        Tie tie;
        tie.personA = s.survivor;
        tie.personB = s.friendOfBoth;
        tie.strength = 0.3;
        QVERIFY(ws.ties().add(tie).ok());
        tie.personA = s.other;
        tie.strength = 0.8;
        QVERIFY(ws.ties().add(tie).ok());
        tie.personB = s.friendOfOther;
        QVERIFY(ws.ties().add(tie).ok());
        tie.personA = s.survivor;
        tie.personB = s.other; // the two records "know each other": a self-tie after the merge
        QVERIFY(ws.ties().add(tie).ok());

        Conversation c;
        c.title = QStringLiteral("Notes on the engine");
        c.participants = {{s.survivor, {}, ParticipantRole::Replied, 2},
                          {s.other, {}, ParticipantRole::Started, 3}};
        s.conversation = *ws.conversations().add(c);
        c.title = QStringLiteral("Poetical science");
        c.participants = {{s.other, {}, ParticipantRole::Mentioned, 1}};
        s.otherOnlyConversation = *ws.conversations().add(c);

        Event e;
        e.name = QStringLiteral("Engines Conf");
        e.startsOn = QDate(2026, 11, 18);
        e.attendees = {{s.survivor, {}, AttendanceRole::Attendee}, {s.other, {}, AttendanceRole::Speaker}};
        s.event = *ws.events().add(e);

        const QDateTime now = tw.clock().now();
        QVERIFY(ws.touchpoints()
                    .add({0,
                          s.survivor,
                          TouchpointKind::Met,
                          Direction::Outbound,
                          now.addDays(-30),
                          0,
                          s.event,
                          {}})
                    .ok());
        QVERIFY(ws.touchpoints()
                    .add({0, s.other, TouchpointKind::Replied, Direction::Inbound, now.addDays(-3),
                          s.conversation, 0, QStringLiteral("thanks for the notes")})
                    .ok());
        QVERIFY(ws.notes()
                    .add({0,
                          NoteSubject::Person,
                          s.other,
                          QStringLiteral("Writes about poetical science"),
                          {},
                          {}})
                    .ok());
        FollowUp f;
        f.personId = s.other;
        f.title = QStringLiteral("Send the translation");
        f.dueOn = QDate(2026, 11, 25);
        s.otherFollowUp = *ws.followUps().add(f);

        // Feed sources (one both have), a conversation from the other's duplicate source, map positions,
        // capture drafts, a not-duplicate mark and suggestion feedback.
        sqlExec(
            ws,
            QStringLiteral("INSERT INTO sources (id, person_id, url, created_at) VALUES "
                           "(1, ?, 'https://ada.example/feed', 0), (2, ?, 'https://ada.example/feed', 0), "
                           "(3, ?, 'https://countess.example/feed', 0)"),
            {s.survivor, s.other, s.other});
        sqlExec(ws, QStringLiteral("UPDATE conversations SET source_id = 2 WHERE id = ?"),
                {s.otherOnlyConversation});
        sqlExec(ws,
                QStringLiteral("INSERT INTO node_positions (person_id, x, y) VALUES (?, 1, 2), (?, 3, 4)"),
                {s.survivor, s.other});
        s.otherDraft = *ws.drafts().create(s.event);
        QVERIFY(ws.drafts().setPerson(s.otherDraft, s.other).ok());
        s.survivorDraft = *ws.drafts().create(s.event);
        QVERIFY(ws.drafts().setPerson(s.survivorDraft, s.survivor).ok());
        QVERIFY(ws.dedupe().markNotDuplicates(s.other, s.friendOfOther).ok());
        sqlExec(ws,
                QStringLiteral("INSERT INTO suggestion_feedback (kind, subject_key, action, at) VALUES "
                               "('support', ?, 'dismissed', 0), ('introduce', ?, 'done', 0), "
                               "('join', ?, 'done', 0)"),
                {QStringLiteral("person:%1").arg(s.other),
                 QStringLiteral("pair:%1:%2")
                     .arg(std::min(s.other, s.friendOfOther))
                     .arg(std::max(s.other, s.friendOfOther)),
                 QStringLiteral("conversation:%1").arg(s.other)});
    }

private slots:
    void mergeMovesEverythingAndLeavesNothingBehind() {
        test::TempWorkspace tw;
        Scene s;
        build(tw, s);
        if (QTest::currentTestFailed())
            return;
        Workspace& ws = tw.ws();
        PersonMerger merger(ws);
        auto preview = merger.preview(s.survivor, s.other);
        QVERIFY(preview.ok());
        QCOMPARE(preview->defaults.fields.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(preview->defaults.fields.role, QStringLiteral("Mathematician")); // the survivor had none
        QCOMPARE(*preview->defaults.fields.reach, qint64(100)); // the survivor has one (its latest sample): kept
        QVERIFY(!preview->moving.isEmpty());
        MergeRequest request = preview->defaults;
        request.take(MergeField::Location, preview->other);

        auto undo = merger.merge(request);
        QVERIFY2(undo.ok(), undo ? "" : qPrintable(undo.error().message));

        // Nothing anywhere still points at the removed person: every foreign key to people, from the schema.
        const auto keys = personForeignKeys(ws);
        QVERIFY(keys.size() >= 14);
        for (const auto& [table, column] : keys) {
            QCOMPARE(
                sqlValue(ws,
                         QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = ?").arg(table, column),
                         {s.other})
                    .toInt(),
                0);
        }
        QCOMPARE(sqlValue(ws, QStringLiteral("SELECT count(*) FROM people WHERE id = ?"), {s.other}).toInt(),
                 0);
        QCOMPARE(sqlValue(ws,
                          QStringLiteral("SELECT count(*) FROM suggestion_feedback WHERE subject_key = ?"),
                          {QStringLiteral("person:%1").arg(s.survivor)})
                     .toInt(),
                 1);
        QCOMPARE(sqlValue(ws,
                          QStringLiteral("SELECT count(*) FROM suggestion_feedback WHERE subject_key = ?"),
                          {QStringLiteral("conversation:%1").arg(s.other)})
                     .toInt(),
                 1); // not about a person: untouched

        Person p = *ws.people().get(s.survivor);
        QCOMPARE(p.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(p.location, QStringLiteral("London"));
        QCOMPARE(p.stance, Stance::Advocate);
        QCOMPARE(p.identities.size(), 3); // the shared email once, github, mastodon
        QCOMPARE(p.topics.size(), 3);
        for (const PersonTopic& t : p.topics) {
            if (t.name == QLatin1String("Compilers"))
                QCOMPARE(t.weight, 0.9); // the stronger weight
        }
        QCOMPARE(p.tags.size(), 2);
        QCOMPARE(ws.reach().history(s.survivor)->size(),
                 2); // the survivor's October sample kept, November added

        auto ties = ws.ties().forPerson(s.survivor);
        QCOMPARE(ties->size(), 2); // Babbage once (the stronger), Somerville; no tie to itself
        for (const TieView& t : *ties) {
            QVERIFY(t.otherId != s.survivor);
            if (t.otherId == s.friendOfBoth)
                QCOMPARE(t.tie.strength, 0.8);
        }
        auto conversation = ws.conversations().get(s.conversation);
        QCOMPARE(conversation->participants.size(), 1);
        QCOMPARE(conversation->participants.first().role, ParticipantRole::Started);
        QCOMPARE(conversation->participants.first().messages, 5);
        auto attendees = ws.events().attendees(s.event);
        QCOMPARE(attendees->size(), 1);
        QCOMPARE(attendees->first().role, AttendanceRole::Speaker);
        QCOMPARE(ws.touchpoints().forPerson(s.survivor)->size(), 2);
        QCOMPARE(ws.followUps().get(s.otherFollowUp)->personId, s.survivor);
        QCOMPARE(sqlValue(ws, QStringLiteral("SELECT source_id FROM conversations WHERE id = ?"),
                          {s.otherOnlyConversation})
                     .toLongLong(),
                 Id(1)); // moved to the survivor's copy of the same feed
        QCOMPARE(
            sqlValue(ws, QStringLiteral("SELECT count(*) FROM sources WHERE person_id = ?"), {s.survivor})
                .toInt(),
            2);
        QCOMPARE(ws.drafts().get(s.otherDraft)->personId, s.survivor);
        QCOMPARE(
            sqlValue(ws, QStringLiteral("SELECT x FROM node_positions WHERE person_id = ?"), {s.survivor})
                .toInt(),
            1);

        // Summaries refreshed.
        auto row = ws.people().rows({s.survivor}, tw.clock().now(), ws.settings().healthParameters());
        QCOMPARE(row->first().openFollowUps, 1);
        QCOMPARE(
            sqlValue(ws, QStringLiteral("SELECT touchpoint_count FROM people WHERE id = ?"), {s.survivor})
                .toInt(),
            2);

        // Full-text search: the other's note and handle now lead to the survivor; the old name row is gone.
        auto hits = ws.search().search(QStringLiteral("poetical"), 10);
        QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [&](const SearchHit& h) {
            return h.kind == SearchKind::Note && h.personId == s.survivor;
        }));
        hits = ws.search().search(QStringLiteral("countess"), 10);
        QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [&](const SearchHit& h) {
            return h.kind == SearchKind::Identity && h.personId == s.survivor;
        }));
        QCOMPARE(sqlValue(ws, QStringLiteral("SELECT count(*) FROM search_index WHERE rowid = ?"),
                          {s.other * 8 + 1})
                     .toInt(),
                 0);
    }

    void undoRestoresTheExactContent() {
        test::TempWorkspace tw;
        Scene s;
        build(tw, s);
        if (QTest::currentTestFailed())
            return;
        Workspace& ws = tw.ws();
        const QByteArray before = test::contentDigest(tw.path());
        PersonMerger merger(ws);
        const MergeRequest request = merger.preview(s.survivor, s.other)->defaults;
        auto undo = merger.merge(request);
        QVERIFY(undo.ok());
        const QByteArray merged = test::contentDigest(tw.path());
        QVERIFY(merged != before);
        QVERIFY(merger.undo(*undo).ok());
        QCOMPARE(test::contentDigest(tw.path()), before);

        // Redo (merge again) and undo again: still exact.
        auto again = merger.merge(request);
        QVERIFY(again.ok());
        QCOMPARE(test::contentDigest(tw.path()), merged);
        QVERIFY(merger.undo(*again).ok());
        QCOMPARE(test::contentDigest(tw.path()), before);
    }

    void undoRefusesWhenTheSurvivorChangedSince() {
        test::TempWorkspace tw;
        Scene s;
        build(tw, s);
        if (QTest::currentTestFailed())
            return;
        Workspace& ws = tw.ws();
        PersonMerger merger(ws);
        auto undo = merger.merge(merger.preview(s.survivor, s.other)->defaults);
        QVERIFY(undo.ok());
        QVERIFY(ws.notes()
                    .add({0, NoteSubject::Person, s.survivor, QStringLiteral("after the merge"), {}, {}})
                    .ok());
        const QByteArray changed = test::contentDigest(tw.path());
        auto st = merger.undo(*undo);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Conflict);
        QCOMPARE(test::contentDigest(tw.path()), changed); // nothing half-done
    }

    void refusesNonsense() {
        test::TempWorkspace tw;
        const Id a = tw.addPerson(QStringLiteral("A"));
        PersonMerger merger(tw.ws());
        MergeRequest r;
        r.survivorId = a;
        r.otherId = a;
        r.fields.name = QStringLiteral("A");
        QCOMPARE(merger.merge(r).error().code, ErrorCode::Invalid);
        r.otherId = 999;
        QCOMPARE(merger.merge(r).error().code, ErrorCode::NotFound);
        const Id self = *tw->people().selfId();
        r.otherId = self;
        QCOMPARE(merger.merge(r).error().code, ErrorCode::Invalid);
        QVERIFY(tw->people().exists(self).value());
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
