#include "support/TempWorkspace.h"

#include <QTest>

using namespace chorus;

class TestRepositories : public QObject {
    Q_OBJECT

private slots:
    void conversationsKeepParticipantsAndTopics() {
        test::TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const Id bob = tw.addPerson(QStringLiteral("Bob"));
        Conversation c;
        c.title = QStringLiteral("Rust on Windows, again");
        c.url = QUrl(QStringLiteral("https://forum.example/t/1"));
        c.status = ConversationStatus::Watching;
        c.participants = {{ada, {}, ParticipantRole::Started, 2}, {bob, {}, ParticipantRole::Replied, 1}};
        c.topics = {QStringLiteral("Rust on Windows")};
        auto id = tw->conversations().add(c);
        QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().message));
        auto stored = tw->conversations().get(*id);
        QCOMPARE(stored->participants.size(), 2);
        QCOMPARE(stored->participants.first().personName, QStringLiteral("Ada"));
        QCOMPARE(stored->participants.first().role, ParticipantRole::Started);
        QCOMPARE(stored->topics, QStringList{QStringLiteral("Rust on Windows")});
        QCOMPARE(stored->startedAt, tw.clock().now());

        QVERIFY(tw->conversations().setStatus(*id, ConversationStatus::Joined));
        ConversationFilter joined;
        joined.statuses = {ConversationStatus::Joined};
        QCOMPARE(tw->conversations().list(joined, 10)->size(), 1);
        ConversationFilter byPerson;
        byPerson.personId = bob;
        QCOMPARE(tw->conversations().list(byPerson, 10)->first().participants, 2);
        QCOMPARE(tw->conversations().forPerson(ada)->first().role, ParticipantRole::Started);
        QCOMPARE(
            tw->conversations().findByGuidOrUrl({}, QStringLiteral("https://forum.example/t/1"))->value(),
            *id);
    }

    void conversationValidation() {
        test::TempWorkspace tw;
        auto empty = tw->conversations().add(Conversation{});
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("title")));
        Conversation c;
        c.title = QStringLiteral("x");
        c.participants = {{999, {}, ParticipantRole::Replied, 1}};
        auto missing = tw->conversations().add(c);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("999")));
        QCOMPARE(*tw->conversations().count(), 0); // all or nothing
    }

    void eventsWithAttendees() {
        test::TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        Event e;
        e.name = QStringLiteral("RustConf Lisbon");
        e.startsOn = QDate(2026, 9, 10);
        e.endsOn = QDate(2026, 9, 12);
        e.location = QStringLiteral("Lisbon");
        e.attendees = {{ada, {}, AttendanceRole::Speaker}};
        auto id = tw->events().add(e);
        QVERIFY(id.ok());
        QCOMPARE(tw->events().get(*id)->attendees.first().role, AttendanceRole::Speaker);
        QCOMPARE(tw->events().forPerson(ada)->first().name, QStringLiteral("RustConf Lisbon"));
        QCOMPARE(tw->events().list(QStringLiteral("lisbon"), 10)->size(), 1);
        e.endsOn = QDate(2026, 9, 1);
        auto bad = tw->events().add(e);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("end is before the start")));
    }

    void tiesAreOnePerPairAndKeepTheStrongest() {
        test::TempWorkspace tw;
        const Id a = tw.addPerson(QStringLiteral("A"));
        const Id b = tw.addPerson(QStringLiteral("B"));
        auto first = tw->ties().add({0, b, a, TieKind::Knows, 0.3, TieOrigin::Manual, {}});
        QVERIFY(first.ok());
        auto second = tw->ties().add({0, a, b, TieKind::Knows, 0.8, TieOrigin::Event, {}});
        QCOMPARE(*second, *first);
        QCOMPARE(*tw->ties().count(), 1);
        QCOMPARE(tw->ties().between(b, a)->value().strength, 0.8);
        QCOMPARE(tw->ties().forPerson(b)->first().otherId, a);
        QVERIFY(!tw->ties().add({0, a, a, TieKind::Knows, 0.5, TieOrigin::Manual, {}}));
    }

    void followUpsOverdueFirstAndSnooze() {
        test::TempWorkspace tw;
        const QDate today = tw.clock().now().date();
        const Id a = tw.addPerson(QStringLiteral("Ada"));
        auto later =
            tw->followUps().add({0, a, {}, QStringLiteral("Send slides"), today.addDays(10), {}, {}, {}, 0});
        auto overdue =
            tw->followUps().add({0, a, {}, QStringLiteral("Review draft"), today.addDays(-3), {}, {}, {}, 0});
        QVERIFY(later && overdue);
        auto open = tw->followUps().open();
        QCOMPARE(open->first().id, *overdue);
        QCOMPARE(open->first().personName, QStringLiteral("Ada"));
        QCOMPARE(tw->people().rows({a}, tw.clock().now(), {})->first().openFollowUps, 2);

        QVERIFY(tw->followUps().snooze(*overdue, today.addDays(20)));
        QCOMPARE(tw->followUps().open()->first().id, *later);
        QCOMPARE(tw->followUps().dueBy(today.addDays(11))->size(), 1);

        QVERIFY(tw->followUps().markDone(*later));
        QCOMPARE(*tw->followUps().countOpen(), 1);
        QCOMPARE(tw->people().rows({a}, tw.clock().now(), {})->first().openFollowUps, 1);
        QVERIFY(!tw->followUps().add({0, a, {}, QStringLiteral("  "), today, {}, {}, {}, 0}));
    }

    void balanceCountsOnlyTheUsersOwnTouchpoints() {
        test::TempWorkspace tw;
        const QDateTime now = tw.clock().now();
        const Id a = tw.addPerson(QStringLiteral("Ada"));
        QVERIFY(tw->touchpoints().add(
            {0, a, TouchpointKind::Replied, Direction::Outbound, now.addDays(-1), 0, 0, {}}));
        QVERIFY(tw->touchpoints().add(
            {0, a, TouchpointKind::Amplified, Direction::Outbound, now.addDays(-2), 0, 0, {}}));
        QVERIFY(tw->touchpoints().add(
            {0, a, TouchpointKind::Pitched, Direction::Outbound, now.addDays(-3), 0, 0, {}}));
        QVERIFY(tw->touchpoints().add(
            {0, a, TouchpointKind::Replied, Direction::Inbound, now.addDays(-3), 0, 0, {}}));
        QVERIFY(tw->touchpoints().add(
            {0, a, TouchpointKind::Broadcast, Direction::Outbound, now.addDays(-60), 0, 0, {}}));
        auto b = tw->touchpoints().balance(now.addDays(-30), now);
        QCOMPARE(b->doWith, 2);
        QCOMPARE(b->doTo, 1);
        QCOMPARE(b->doWithShare(), 2.0 / 3.0);
    }

    void touchpointEditsMoveTheSummary() {
        test::TempWorkspace tw;
        const QDateTime now = tw.clock().now();
        const Id a = tw.addPerson(QStringLiteral("A"));
        const Id b = tw.addPerson(QStringLiteral("B"));
        auto id = tw->touchpoints().add(
            {0, a, TouchpointKind::Met, Direction::Outbound, now.addDays(-1), 0, 0, {}});
        Touchpoint t = *tw->touchpoints().get(*id);
        t.personId = b;
        QVERIFY(tw->touchpoints().update(t));
        auto rows = tw->people().rows({a, b}, now, {});
        for (const auto& r : *rows)
            QCOMPARE(r.hasHealth, r.id == b);
        QVERIFY(tw->touchpoints().remove(*id));
        QVERIFY(!tw->people().rows({b}, now, {})->first().hasHealth);
        auto bad = tw->touchpoints().add({0, 9999, TouchpointKind::Met, Direction::Outbound, now, 0, 0, {}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
    }

    void feedbackLatestWins() {
        test::TempWorkspace tw;
        const QDateTime now = tw.clock().now();
        QVERIFY(tw->feedback().record({0, QStringLiteral("support"), QStringLiteral("person:1"),
                                       FeedbackAction::Snoozed, now.addDays(-10), now.addDays(-3)}));
        QVERIFY(tw->feedback().record({0,
                                       QStringLiteral("support"),
                                       QStringLiteral("person:1"),
                                       FeedbackAction::Dismissed,
                                       now.addDays(-1),
                                       {}}));
        QVERIFY(tw->feedback().record(
            {0, QStringLiteral("introduce"), QStringLiteral("pair:1:2"), FeedbackAction::Done, now, {}}));
        auto latest = tw->feedback().latestByKind(QStringLiteral("support"));
        QCOMPARE(latest->size(), 1);
        QCOMPARE(latest->value(QStringLiteral("person:1")).action, FeedbackAction::Dismissed);
        QVERIFY(!tw->feedback().record(
            {0, QStringLiteral("support"), QStringLiteral("person:2"), FeedbackAction::Snoozed, now, {}}));
    }

    void reachHistoryUpdatesCurrentReach() {
        test::TempWorkspace tw;
        const Id a = tw.addPerson(QStringLiteral("A"));
        QVERIFY(tw->reach().record({a, QDate(2026, 1, 1), 100}));
        QVERIFY(tw->reach().record({a, QDate(2026, 6, 1), 450}));
        QCOMPARE(tw->reach().history(a)->size(), 2);
        QCOMPARE(*tw->people().get(a)->reach, qint64(450));
    }

    void notesNeedTextAndAnExistingSubject() {
        test::TempWorkspace tw;
        QVERIFY(!tw->notes().add({0, NoteSubject::Person, 1, QStringLiteral(""), {}, {}}));
        auto missing = tw->notes().add({0, NoteSubject::Event, 77, QStringLiteral("hi"), {}, {}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void settingsRoundTripHealthParameters() {
        test::TempWorkspace tw;
        HealthParameters p;
        p.halfLifeDays = 21;
        p.kindWeights[size_t(TouchpointKind::Pitched)] = 0.05;
        QVERIFY(tw->settings().setHealthParameters(p));
        QCOMPARE(tw->settings().healthParameters(), p);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
