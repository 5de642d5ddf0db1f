#include "support/TempWorkspace.h"

#include "capture/CaptureSession.h"
#include "capture/FollowUpActions.h"
#include "capture/QuickLog.h"
#include "model/IdentityParsing.h"

#include <QProcess>
#include <QTest>


using namespace chorus;

class TestCapture : public QObject {
    Q_OBJECT

private slots:
    void identitiesAsPeopleTypeThem_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("handle");
        QTest::newRow("prefixed") << "mastodon:@ada@hachyderm.io"
                                  << "mastodon"
                                  << "@ada@hachyderm.io";
        QTest::newRow("email") << "ada@example.org"
                               << "email"
                               << "ada@example.org";
        QTest::newRow("mailto") << "mailto:ada@example.org"
                                << "email"
                                << "ada@example.org";
        QTest::newRow("fediverse") << "@ada@hachyderm.io"
                                   << "mastodon"
                                   << "@ada@hachyderm.io";
        QTest::newRow("bluesky") << "@ada.bsky.social"
                                 << "bluesky"
                                 << "ada.bsky.social";
        QTest::newRow("github link") << "https://github.com/ada/"
                                     << "github"
                                     << "ada";
        QTest::newRow("bare github") << "github.com/ada"
                                     << "github"
                                     << "ada";
        QTest::newRow("x link") << "https://twitter.com/ada"
                                << "x"
                                << "@ada";
        QTest::newRow("linkedin") << "linkedin.com/in/ada-lovelace"
                                  << "linkedin"
                                  << "ada-lovelace";
        QTest::newRow("mastodon profile") << "https://hachyderm.io/@ada"
                                          << "mastodon"
                                          << "@ada@hachyderm.io";
        QTest::newRow("phone") << "+44 20 7946 0000"
                               << "phone"
                               << "+44 20 7946 0000";
        QTest::newRow("website") << "https://ada.dev/about"
                                 << "website"
                                 << "https://ada.dev/about";
        QTest::newRow("bare") << "@ada"
                              << "other"
                              << "@ada";
    }

    void identitiesAsPeopleTypeThem() {
        QFETCH(QString, text);
        QFETCH(QString, platform);
        QFETCH(QString, handle);
        auto identity = parseIdentityText(text);
        QVERIFY2(identity.ok(), identity ? "" : qPrintable(identity.error().message));
        QCOMPARE(identity->platform, platform);
        QCOMPARE(identity->handle, handle);
    }

    void badIdentitiesAreNamed() {
        auto bad = parseIdentityText(QStringLiteral("email:not an address"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("not an email address")));
        auto list = parseIdentityList(QStringLiteral("ada@example.org, two words"));
        QVERIFY(!list.ok());
        QVERIFY(list.error().message.contains(QStringLiteral("two words")));
    }

    void everyFieldIsOnDiskAsTyped() {
        test::TempWorkspace tw;
        Event e;
        e.name = QStringLiteral("RustConf");
        e.startsOn = tw.clock().now().date();
        const Id event = *tw->events().add(e);
        Id draft = 0;
        {
            CaptureSession session(tw.ws(), event);
            draft = *session.newDraft();
            QVERIFY(session.setField(draft, CaptureField::Name, QStringLiteral("Ada Lo")).ok());
            QVERIFY(session.setField(draft, CaptureField::Handles, QStringLiteral("github:ada, ada@")).ok());
            QVERIFY(session.setField(draft, CaptureField::FollowUpDue, QStringLiteral("friday")).ok());
        }
        tw.reopen(); // a restart
        CaptureSession session(tw.ws(), event);
        auto drafts = session.openDrafts();
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().id, draft);
        QCOMPARE(drafts->first().value(CaptureField::Name), QStringLiteral("Ada Lo"));
        QCOMPARE(drafts->first().value(CaptureField::Handles), QStringLiteral("github:ada, ada@"));
        // Resolved when typed: Friday after 2026-11-20 (a Friday itself) is the 27th.
        QCOMPARE(drafts->first().followUpDueOn, QDate(2026, 11, 27));
        QCOMPARE(CaptureSession(tw.ws(), 0).openDrafts()->size(),
                 1); // all drafts, for "restore after a restart"
        QCOMPARE(session.setField(9999, CaptureField::Name, QStringLiteral("x")).error().code,
                 ErrorCode::NotFound);
    }

    void savingANewPersonStoresEverythingAtOnce() {
        test::TempWorkspace tw;
        Event e;
        e.name = QStringLiteral("RustConf");
        e.startsOn = QDate(2026, 11, 17);
        e.endsOn = QDate(2026, 11, 18);
        const Id event = *tw->events().add(e);
        CaptureSession session(tw.ws(), event);
        const Id draft = *session.newDraft();
        const QList<QPair<CaptureField, QString>> typed{
            {CaptureField::Name, QStringLiteral("Grace Hopper")},
            {CaptureField::Organisation, QStringLiteral("Navy")},
            {CaptureField::Handles, QStringLiteral("grace@navy.example; github.com/ghopper")},
            {CaptureField::Topics, QStringLiteral("Compilers, COBOL, compilers")},
            {CaptureField::Stance, QStringLiteral("advocate")},
            {CaptureField::Note, QStringLiteral("Wants a nanosecond of wire")},
            {CaptureField::FollowUp, QStringLiteral("Send the talk slides")},
            {CaptureField::FollowUpDue, QStringLiteral("in 3 days")}};
        for (const auto& [field, value] : typed)
            QVERIFY(session.setField(draft, field, value).ok());
        auto outcome = session.save(draft);
        QVERIFY2(outcome.ok(), outcome ? "" : qPrintable(outcome.error().message));
        QVERIFY(outcome->createdPerson);
        Person p = *tw->people().get(outcome->personId);
        QCOMPARE(p.name, QStringLiteral("Grace Hopper"));
        QCOMPARE(p.stance, Stance::Advocate);
        QCOMPARE(p.identities.size(), 2);
        QCOMPARE(p.topics.size(), 2);
        auto t = tw->touchpoints().get(outcome->touchpointId);
        QCOMPARE(t->kind, TouchpointKind::Met);
        QCOMPARE(t->eventId, event);
        // Captured two days after the event ended: the meeting is dated on its last day.
        QCOMPARE(t->at, QDateTime(QDate(2026, 11, 18), QTime(12, 0), Qt::UTC));
        QCOMPARE(tw->events().attendees(event)->size(), 1);
        QCOMPARE(tw->notes().forSubject(NoteSubject::Person, p.id)->size(), 1);
        auto f = tw->followUps().get(outcome->followUpId);
        QCOMPARE(f->dueOn, QDate(2026, 11, 23));
        QCOMPARE(f->touchpointId, outcome->touchpointId);
        QVERIFY(session.openDrafts()->isEmpty());
    }

    void savingAttachesToAChosenMatchWithoutOverwriting() {
        test::TempWorkspace tw;
        Person ada;
        ada.name = QStringLiteral("Ada Lovelace");
        ada.organisation = QStringLiteral("Engines");
        ada.stance = Stance::Champion;
        ada.identities = {{0, 0, QStringLiteral("github"), QStringLiteral("ada"), {}}};
        const Id adaId = *tw->people().add(ada);
        Event e;
        e.name = QStringLiteral("Meetup");
        e.attendees = {{adaId, {}, AttendanceRole::Speaker}};
        const Id event = *tw->events().add(e);
        const int peopleBefore = *tw->people().count();

        CaptureSession session(tw.ws(), event);
        const Id draft = *session.newDraft();
        QVERIFY(session.setField(draft, CaptureField::Name, QStringLiteral("ada lovelac")).ok());
        QVERIFY(
            session.setField(draft, CaptureField::Handles, QStringLiteral("github:@Ada, ada@engines.example"))
                .ok());
        QVERIFY(session.setField(draft, CaptureField::Stance, QStringLiteral("sceptic")).ok());
        auto matches = session.matches(draft);
        QVERIFY(matches.ok() && !matches->isEmpty());
        QCOMPARE(matches->first().personId, adaId);
        QVERIFY(session.choosePerson(draft, adaId).ok());
        auto outcome = session.save(draft);
        QVERIFY2(outcome.ok(), outcome ? "" : qPrintable(outcome.error().message));
        QVERIFY(!outcome->createdPerson);
        QCOMPARE(outcome->personId, adaId);
        QCOMPARE(*tw->people().count(), peopleBefore);
        Person p = *tw->people().get(adaId);
        QCOMPARE(p.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(p.stance, Stance::Champion); // a guess never overwrites what is known
        QCOMPARE(p.identities.size(), 2);     // the email added, github not duplicated
        QCOMPARE(tw->events().attendees(event)->first().role, AttendanceRole::Speaker);
    }

    void badFieldsAreNamedAndNothingIsSaved() {
        test::TempWorkspace tw;
        CaptureSession session(tw.ws(), 0);
        const Id draft = *session.newDraft();
        QVERIFY(session.setField(draft, CaptureField::Name, QStringLiteral("Someone")).ok());
        QVERIFY(session.setField(draft, CaptureField::Stance, QStringLiteral("fan")).ok());
        auto r = session.save(draft);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("Stance:")));
        QVERIFY(session.setField(draft, CaptureField::Stance, {}).ok());
        QVERIFY(session.setField(draft, CaptureField::FollowUp, QStringLiteral("Call back")).ok());
        QVERIFY(session.setField(draft, CaptureField::FollowUpDue, QStringLiteral("someday")).ok());
        r = session.save(draft);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("Due:")));
        QCOMPARE(*tw->people().count(), 0);
        QCOMPARE(session.openDrafts()->size(), 1);
        QVERIFY(session.discard(draft).ok());
        QVERIFY(session.openDrafts()->isEmpty());
    }

    void killedMidEntryLosesNothingTyped() {
        test::TempWorkspace tw;
        Event e;
        e.name = QStringLiteral("Offline meetup");
        const Id event = *tw->events().add(e);
        tw.close();
        const QString name = QStringLiteral("Zoë Núñez-Wang");
        const QString organisation = QStringLiteral("A rather long organisation name, typed slowly");
        QProcess typist;
        typist.start(QStringLiteral(CAPTURE_TYPIST),
                     {tw.path(), QString::number(event), QStringLiteral("name=") + name,
                      QStringLiteral("organisation=") + organisation, QStringLiteral("note=never reached")});
        QVERIFY(typist.waitForStarted());
        // Wait until part of the organisation is typed, then kill it without warning.
        int typedOrganisation = 0;
        QByteArray seen;
        while (typedOrganisation < 12) {
            QVERIFY2(typist.waitForReadyRead(30000),
                     qPrintable(QString::fromUtf8(typist.readAllStandardError())));
            seen += typist.readAllStandardOutput();
            for (const QByteArray& line : seen.split('\n')) {
                if (line.startsWith("typed organisation "))
                    typedOrganisation = std::max(typedOrganisation, line.mid(19).toInt());
            }
        }
        typist.kill(); // SIGKILL on Unix
        QVERIFY(typist.waitForFinished(10000));
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

        tw.reopen();
        CaptureSession session(tw.ws(), event);
        auto drafts = session.openDrafts();
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 1);
        const CaptureDraft d = drafts->first();
        QCOMPARE(d.value(CaptureField::Name), name);
        // Everything reported as typed is there (the kill may land after one more committed keystroke).
        const QString stored = d.value(CaptureField::Organisation);
        QVERIFY2(stored.size() >= typedOrganisation, qPrintable(stored));
        QVERIFY(organisation.startsWith(stored));
        QVERIFY(stored.size() < organisation.size());
        QVERIFY(d.value(CaptureField::Note).isEmpty());
        // And it can be finished and saved after the restart.
        QVERIFY(session.setField(d.id, CaptureField::Organisation, organisation).ok());
        auto outcome = session.save(d.id);
        QVERIFY(outcome.ok());
        QCOMPARE(tw->people().get(outcome->personId)->organisation, organisation);
    }

    void quickLogUnderstandsNaturalTimes() {
        test::TempWorkspace tw; // now: 2026-11-20 09:00 UTC
        const Id ada = tw.addPerson(QStringLiteral("Ada Lovelace"));
        QuickLog log(tw.ws());
        QuickLogEntry entry;
        entry.who.id = ada;
        entry.kind = TouchpointKind::Helped;
        entry.when = QStringLiteral("2 days ago");
        entry.note = QStringLiteral("Reviewed her talk");
        entry.followUp = QStringLiteral("Share the recording");
        entry.followUpDue = QStringLiteral("tomorrow");
        auto plan = log.prepare(entry);
        QVERIFY(plan.ok());
        QCOMPARE(plan->at, QDateTime(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC));
        QCOMPARE(plan->followUpDue, QDate(2026, 11, 21));
        QCOMPARE(tw->touchpoints().count().value(), 0); // prepare writes nothing
        auto saved = log.save(entry);
        QVERIFY(saved.ok());
        auto t = tw->touchpoints().get(saved->touchpointId);
        QCOMPARE(t->kind, TouchpointKind::Helped);
        QCOMPARE(t->note, QStringLiteral("Reviewed her talk"));
        QCOMPARE(tw->followUps().get(saved->followUpId)->touchpointId, saved->touchpointId);

        entry.when = QStringLiteral("the other day");
        auto bad = log.save(entry);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith(QStringLiteral("When:")));
        QCOMPARE(tw->touchpoints().count().value(), 1);
    }

    void quickLogFindsPeopleBeforeCreatingThem() {
        test::TempWorkspace tw;
        Person ada;
        ada.name = QStringLiteral("José Núñez");
        ada.identities = {{0, 0, QStringLiteral("email"), QStringLiteral("jose@example.org"), {}}};
        const Id jose = *tw->people().add(ada);
        tw.addPerson(QStringLiteral("Wei Wang"), Stance::Unknown, QStringLiteral("Acme"));
        tw.addPerson(QStringLiteral("Wang Wei"), Stance::Unknown, QStringLiteral("Globex"));
        QuickLog log(tw.ws());
        QuickLogEntry entry;
        entry.kind = TouchpointKind::Replied;
        entry.who.identities = {{0, 0, QStringLiteral("email"), QStringLiteral("JOSE@example.org"), {}}};
        entry.who.name = QStringLiteral("Somebody Else");
        auto r = log.save(entry);
        QVERIFY(r.ok());
        QCOMPARE(r->personId, jose);
        QCOMPARE(r->plan.person.by, ResolvedBy::Identity);

        entry.who = {};
        entry.who.name = QStringLiteral("jose nunez");
        r = log.save(entry);
        QCOMPARE(r->personId, jose);
        QCOMPARE(r->plan.person.by, ResolvedBy::Name);

        entry.who = {};
        entry.who.name = QStringLiteral("Wei Wang");
        r = log.save(entry);
        QVERIFY(!r.ok()); // two people of that name: never a guess
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        entry.who.organisation = QStringLiteral("ACME inc.");
        r = log.save(entry);
        QVERIFY(r.ok());
        QCOMPARE(r->plan.person.by, ResolvedBy::Name);

        entry.who = {};
        entry.who.name = QStringLiteral("Brand New");
        entry.who.identities = {{0, 0, QStringLiteral("github"), QStringLiteral("brandnew"), {}}};
        const int before = *tw->people().count();
        r = log.save(entry);
        QVERIFY(r.ok());
        QCOMPARE(r->plan.person.by, ResolvedBy::Created);
        QCOMPARE(*tw->people().count(), before + 1);
        QCOMPARE(tw->people().get(r->personId)->identities.size(), 1);

        // Without a kind, the note goes on the person.
        QuickLogEntry note;
        note.who.id = jose;
        note.kind.reset();
        note.note = QStringLiteral("Prefers email");
        r = log.save(note);
        QVERIFY(r.ok());
        QCOMPARE(r->touchpointId, Id(0));
        QCOMPARE(tw->notes().get(r->noteId)->body, QStringLiteral("Prefers email"));
    }

    void followUpsDoneWithOneKeyAndUndone() {
        test::TempWorkspace tw; // today: 2026-11-20
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        const auto add = [&](const char* title, QDate due) {
            FollowUp f;
            f.personId = ada;
            f.title = QString::fromLatin1(title);
            f.dueOn = due;
            return *tw->followUps().add(f);
        };
        const Id later = add("later", QDate(2026, 12, 1));
        const Id overdue = add("overdue", QDate(2026, 11, 10));
        const Id today = add("today", QDate(2026, 11, 20));
        FollowUpActions actions(tw.ws());
        auto list = actions.openList();
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).first.id, overdue);
        QCOMPARE(list->at(0).second, FollowUpState::Overdue);
        QCOMPARE(list->at(1).second, FollowUpState::DueToday);
        QCOMPARE(list->at(2).second, FollowUpState::Upcoming);
        QCOMPARE(actions.counts()->overdue, 1);

        auto before = actions.markDone(overdue);
        QVERIFY(before.ok());
        QVERIFY(before->isOpen());
        QCOMPARE(actions.openList()->size(), 2);
        QCOMPARE(tw->people().rows({ada}, tw.clock().now(), {})->first().openFollowUps, 2);
        QVERIFY(actions.restore(*before).ok()); // undo
        QCOMPARE(*tw->followUps().get(overdue), *before);
        QCOMPARE(tw->people().rows({ada}, tw.clock().now(), {})->first().openFollowUps, 3);

        auto snoozed = actions.snooze(today, QStringLiteral("next week"));
        QVERIFY(snoozed.ok());
        QCOMPARE(followUpState(*tw->followUps().get(today), tw.clock().now().date()),
                 FollowUpState::Upcoming);
        QVERIFY(actions.restore(*snoozed).ok());
        QCOMPARE(*tw->followUps().get(today), *snoozed);
        QCOMPARE(actions.snooze(later, QStringLiteral("whenever")).error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
