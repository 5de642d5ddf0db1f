#include "support/ContentDigest.h"
#include "support/TempWorkspace.h"

#include <QTest>

using namespace chorus;

class TestPeople : public QObject {
    Q_OBJECT

    Person ada() {
        Person p;
        p.name = QStringLiteral("Ada Lovelace");
        p.organisation = QStringLiteral("Analytical Engines");
        p.stance = Stance::Advocate;
        p.reach = 1200;
        p.identities = {{0, 0, QStringLiteral("email"), QStringLiteral("ada@example.org"), {}},
                        {0, 0, QStringLiteral("mastodon"), QStringLiteral("@ada@hachyderm.io"),
                         QStringLiteral("https://hachyderm.io/@ada")}};
        p.topics = {{0, QStringLiteral("Rust on Windows"), 1.0}, {0, QStringLiteral("Compilers"), 0.4}};
        p.tags = {QStringLiteral("speaker")};
        return p;
    }

private slots:
    void addAndReadBackEverything() {
        test::TempWorkspace tw;
        auto id = tw->people().add(ada());
        QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().message));
        auto p = tw->people().get(*id);
        QVERIFY(p.ok());
        QCOMPARE(p->name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(p->stance, Stance::Advocate);
        QCOMPARE(*p->reach, qint64(1200));
        QCOMPARE(p->identities.size(), 2);
        QCOMPARE(p->topics.size(), 2);
        QCOMPARE(p->topics.first().name, QStringLiteral("Rust on Windows")); // strongest first
        QCOMPARE(p->tags, QStringList{QStringLiteral("speaker")});
        QCOMPARE(p->createdAt, tw.clock().now());
    }

    void validationNamesTheField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << "name"
                                    << "   "
                                    << "Name";
        QTest::newRow("bad email") << "email"
                                   << "ada-at-example"
                                   << "not an email address";
        QTest::newRow("bad url") << "url"
                                 << "notaurl"
                                 << "not a web address";
    }

    void validationNamesTheField() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        test::TempWorkspace tw;
        Person p = ada();
        if (field == QLatin1String("name"))
            p.name = value;
        else if (field == QLatin1String("email"))
            p.identities[0].handle = value;
        else
            p.identities[1].url = value;
        auto id = tw->people().add(p);
        QVERIFY(!id);
        QCOMPARE(id.error().code, ErrorCode::Invalid);
        QVERIFY2(id.error().message.contains(expected), qPrintable(id.error().message));
        QCOMPARE(*tw->people().count(), 0);
    }

    void duplicateIdentityOnOnePersonIsAConflict() {
        test::TempWorkspace tw;
        Person p = ada();
        p.identities << Identity{0, 0, QStringLiteral("mastodon"), QStringLiteral("ADA@hachyderm.io"), {}};
        auto id = tw->people().add(p);
        QVERIFY(!id);
        QCOMPARE(id.error().code, ErrorCode::Conflict);
        QVERIFY(id.error().message.contains(QStringLiteral("listed twice")));
    }

    void updateKeepsIdentityIdsThatStay() {
        test::TempWorkspace tw;
        const Id id = *tw->people().add(ada());
        Person p = *tw->people().get(id);
        const Id keptIdentity = p.identities.at(1).id;
        p.name = QStringLiteral("Augusta Ada King");
        p.identities.removeAt(0);
        p.identities << Identity{0, id, QStringLiteral("github"), QStringLiteral("ada"), {}};
        p.topics = {{0, QStringLiteral("Poetry"), 0.5}};
        QVERIFY(tw->people().update(p));
        Person after = *tw->people().get(id);
        QCOMPARE(after.name, QStringLiteral("Augusta Ada King"));
        QCOMPARE(after.identities.size(), 2);
        QVERIFY(std::any_of(after.identities.begin(), after.identities.end(),
                            [&](const Identity& i) { return i.id == keptIdentity; }));
        QCOMPARE(after.topics.size(), 1);
        QCOMPARE(after.topics.first().name, QStringLiteral("Poetry"));
    }

    void updatingAMissingPersonSaysSo() {
        test::TempWorkspace tw;
        Person p = ada();
        p.id = 4242;
        auto st = tw->people().update(p);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::NotFound);
    }

    void filtersAndSorts() {
        test::TempWorkspace tw;
        const Id a = tw.addPerson(QStringLiteral("Zed Advocate"), Stance::Advocate, QStringLiteral("Acme"));
        const Id b =
            tw.addPerson(QStringLiteral("Amy Sceptic"), Stance::Sceptic, QStringLiteral("Zebra Corp"));
        const Id c = tw.addPerson(QStringLiteral("Bo Neutral"), Stance::Neutral, QStringLiteral("Acme"));
        const QDateTime now = tw.clock().now();
        const auto health = tw->settings().healthParameters();

        auto byName = tw->people().queryIds({}, {}, now, health);
        QCOMPARE(*byName, (QVector<Id>{b, c, a}));
        auto byOrgDesc = tw->people().queryIds({}, {PersonSortKey::Organisation, true}, now, health);
        QCOMPARE(byOrgDesc->first(), b);
        PersonFilter aligned;
        aligned.stances = {Stance::Advocate, Stance::Champion};
        QCOMPARE(*tw->people().queryIds(aligned, {}, now, health), QVector<Id>{a});
        PersonFilter text;
        text.text = QStringLiteral("acme");
        QCOMPARE(*tw->people().queryIds(text, {}, now, health), (QVector<Id>{c, a}));

        QVERIFY(tw->people().setArchived({c}, true));
        QCOMPARE(tw->people().queryIds(text, {}, now, health)->size(), 1);
        text.includeArchived = true;
        QCOMPARE(tw->people().queryIds(text, {}, now, health)->size(), 2);
    }

    void healthFollowsTouchpointsAndDecays() {
        test::TempWorkspace tw;
        const QDateTime now = tw.clock().now();
        const Id fresh = tw.addPerson(QStringLiteral("Fresh"));
        const Id stale = tw.addPerson(QStringLiteral("Stale"));
        const Id none = tw.addPerson(QStringLiteral("Never met"));
        QVERIFY(tw->touchpoints().add(
            {0, fresh, TouchpointKind::Met, Direction::Outbound, now.addDays(-2), 0, 0, {}}));
        QVERIFY(tw->touchpoints().add(
            {0, stale, TouchpointKind::Met, Direction::Outbound, now.addDays(-200), 0, 0, {}}));
        const auto health = tw->settings().healthParameters();
        auto rows = tw->people().rows({fresh, stale, none}, now, health);
        QCOMPARE(rows->size(), 3);
        QHash<Id, PersonRow> byId;
        for (const auto& r : *rows)
            byId.insert(r.id, r);
        QVERIFY(byId[fresh].health > byId[stale].health);
        QVERIFY(byId[stale].health > 0.0);
        QVERIFY(!byId[none].hasHealth);
        QCOMPARE(byId[fresh].lastTouchpointAt, now.addDays(-2));
        auto sorted = tw->people().queryIds({}, {PersonSortKey::Health, true}, now, health);
        QCOMPARE(sorted->first(), fresh);

        // A broadcast adds far less than a meeting: do-with counts more than do-to.
        const Id pitched = tw.addPerson(QStringLiteral("Pitched"));
        QVERIFY(tw->touchpoints().add(
            {0, pitched, TouchpointKind::Broadcast, Direction::Outbound, now.addDays(-2), 0, 0, {}}));
        auto pr = tw->people().rows({pitched}, now, health);
        QVERIFY(pr->first().health < byId[fresh].health / 5.0);
    }

    void goingColdFindsFadingRelationships() {
        test::TempWorkspace tw;
        const QDateTime now = tw.clock().now();
        const Id cold = tw.addPerson(QStringLiteral("Once close"));
        const Id warm = tw.addPerson(QStringLiteral("Still close"));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(tw->touchpoints().add(
                {0, cold, TouchpointKind::Call, Direction::Outbound, now.addDays(-300 - i), 0, 0, {}}));
            QVERIFY(tw->touchpoints().add(
                {0, warm, TouchpointKind::Call, Direction::Outbound, now.addDays(-3 - i), 0, 0, {}}));
        }
        PersonFilter filter;
        filter.goingColdOnly = true;
        QCOMPARE(*tw->people().queryIds(filter, {}, now, tw->settings().healthParameters()),
                 QVector<Id>{cold});

        // Two more gone cold (one archived, one of only two touchpoints: neither counts) and one colder
        // still; the name and health orders read the going-cold indexes (migration 11) and agree with the
        // table.
        const Id colder = tw.addPerson(QStringLiteral("Also once close"));
        const Id archived = tw.addPerson(QStringLiteral("Archived once close"));
        const Id brief = tw.addPerson(QStringLiteral("Brief acquaintance"));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(tw->touchpoints().add(
                {0, colder, TouchpointKind::Call, Direction::Outbound, now.addDays(-500 - i), 0, 0, {}}));
            QVERIFY(tw->touchpoints().add(
                {0, archived, TouchpointKind::Call, Direction::Outbound, now.addDays(-300 - i), 0, 0, {}}));
            if (i < 2)
                QVERIFY(tw->touchpoints().add(
                    {0, brief, TouchpointKind::Call, Direction::Outbound, now.addDays(-300 - i), 0, 0, {}}));
        }
        QVERIFY(tw->people().setArchived({archived}, true));
        const auto health = tw->settings().healthParameters();
        QCOMPARE(*tw->people().queryIds(filter, {}, now, health), (QVector<Id>{colder, cold}));
        QCOMPARE(*tw->people().queryIds(filter, {PersonSortKey::Health, true}, now, health),
                 (QVector<Id>{cold, colder}));
        filter.includeArchived = true;
        QCOMPARE(*tw->people().queryIds(filter, {}, now, health), (QVector<Id>{colder, archived, cold}));
    }

    void bulkStanceAndTags() {
        test::TempWorkspace tw;
        const Id a = tw.addPerson(QStringLiteral("A"));
        const Id b = tw.addPerson(QStringLiteral("B"));
        QVERIFY(tw->people().setStance({a, b}, Stance::Supporter));
        QVERIFY(tw->tags().addToPeople({a, b}, QStringLiteral("rustconf")));
        QCOMPARE(tw->people().get(a)->stance, Stance::Supporter);
        QCOMPARE(tw->people().get(b)->tags, QStringList{QStringLiteral("rustconf")});
        PersonFilter byTag;
        byTag.tagId = tw->tags().list()->first().id;
        QCOMPARE(tw->people().queryIds(byTag, {}, tw.clock().now(), {})->size(), 2);
        QVERIFY(tw->tags().removeFromPeople({a}, QStringLiteral("rustconf")));
        QCOMPARE(tw->people().queryIds(byTag, {}, tw.clock().now(), {})->size(), 1);
    }

    void completionMatchesNamesAndHandles() {
        test::TempWorkspace tw;
        const Id id = *tw->people().add(ada());
        tw.addPerson(QStringLiteral("Adam Smith"));
        auto byName = tw->people().complete(QStringLiteral("lovel"), 5);
        QCOMPARE(byName->size(), 1);
        QCOMPARE(byName->first().id, id);
        auto byHandle = tw->people().complete(QStringLiteral("hachyderm"), 5);
        QCOMPARE(byHandle->size(), 1);
        QCOMPARE(byHandle->first().handle, QStringLiteral("@ada@hachyderm.io"));
        QCOMPARE(tw->people().complete(QStringLiteral("ada"), 5)->size(), 2);
    }

    void oneOrTwoLettersCompleteFromNameAndHandleStarts() {
        test::TempWorkspace tw;
        const Id ada = *tw->people().add(this->ada());
        const Id adam = tw.addPerson(QStringLiteral("Adam Smith"));
        tw.addPerson(QStringLiteral("Barbara Adler")); // "ad" starts her second name only
        tw.addPerson(QStringLiteral("100% Pure"));     // the LIKE wildcards must be taken literally
        QVERIFY(tw->touchpoints().add(
            {0, adam, TouchpointKind::Met, Direction::Outbound, tw.clock().now().addDays(-1), 0, 0, {}}));

        const auto two = *tw->people().complete(QStringLiteral("aD"), 5);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).id, adam); // met yesterday: the closer relationship comes first
        QCOMPARE(two.at(1).id, ada);

        const auto handle = *tw->people().complete(QStringLiteral("@a"), 5);
        QCOMPARE(handle.size(), 1);
        QCOMPARE(handle.first().id, ada);
        QVERIFY(handle.first().handle == QStringLiteral("@ada@hachyderm.io") ||
                handle.first().handle == QStringLiteral("ada@example.org"));

        QVERIFY(tw->people().complete(QStringLiteral("%"), 5)->isEmpty());
        QVERIFY(tw->people().complete(QStringLiteral("_"), 5)->isEmpty());
        QCOMPARE(tw->people().complete(QStringLiteral("10"), 5)->size(), 1);
        QCOMPARE(tw->people().complete(QStringLiteral("a"), 1)->size(), 1); // the limit holds
    }

    void identitiesAreFoundByNormalisedHandle() {
        test::TempWorkspace tw;
        const Id id = *tw->people().add(ada());
        auto found = tw->people().findIdentities(QString(), QStringLiteral("  ADA@hachyderm.io "));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().personId, id);
        QCOMPARE(tw->people()
                     .findIdentities(QStringLiteral("email"), QStringLiteral("mailto:Ada@Example.org"))
                     ->size(),
                 1);
    }

    void snapshotRestoresEverythingWithTheSameIds() {
        test::TempWorkspace tw;
        const Id a = *tw->people().add(ada());
        const Id b = tw.addPerson(QStringLiteral("Bob"));
        QVERIFY(tw->ties().add({0, a, b, TieKind::Collaborates, 0.7, TieOrigin::Manual, {}}));
        auto tp = tw->touchpoints().add(
            {0, a, TouchpointKind::Met, Direction::Outbound, tw.clock().now(), 0, 0, {}});
        QVERIFY(tw->followUps().add(
            {0, a, {}, QStringLiteral("Send slides"), QDate(2026, 12, 1), {}, {}, {}, *tp}));
        QVERIFY(tw->notes().add({0, NoteSubject::Person, a, QStringLiteral("restorablemarker"), {}, {}}));
        QVERIFY(tw->reach().record({a, QDate(2026, 1, 1), 99}));
        Conversation c;
        c.title = QStringLiteral("Thread");
        c.participants = {{a, {}, ParticipantRole::Started, 3}, {b, {}, ParticipantRole::Replied, 1}};
        QVERIFY(tw->conversations().add(c));
        const QByteArray before = test::contentDigest(tw.path());

        auto record = tw->records().snapshot(a);
        QVERIFY(record.ok());
        QVERIFY(record->rowCount() >= 10);
        QVERIFY(tw->people().remove(a));
        QVERIFY(test::contentDigest(tw.path()) != before);
        QVERIFY(tw->records().restore(*record));
        QCOMPARE(test::contentDigest(tw.path()), before);
        QCOMPARE(tw->search().search(QStringLiteral("restorablemarker"), 5)->first().personId, a);

        // Restoring over an id that is taken again fails and changes nothing.
        QVERIFY(!tw->records().restore(*record));
        QCOMPARE(test::contentDigest(tw.path()), before);
        QVERIFY(!tw->records().snapshot(4242));
    }

    void selfIsCreatedOnceAndHiddenFromLists() {
        test::TempWorkspace tw;
        const Id me = *tw->people().selfId();
        QCOMPARE(*tw->people().selfId(), me);
        QCOMPARE(*tw->people().count(), 0);
        QVERIFY(tw->people().queryIds({}, {}, tw.clock().now(), {})->isEmpty());
    }

    void removeCascadesEverywhere() {
        test::TempWorkspace tw;
        const Id a = *tw->people().add(ada());
        const Id b = tw.addPerson(QStringLiteral("Bob"));
        QVERIFY(tw->ties().add({0, a, b, TieKind::Knows, 0.5, TieOrigin::Manual, {}}));
        QVERIFY(tw->touchpoints().add(
            {0, a, TouchpointKind::Met, Direction::Outbound, tw.clock().now(), 0, 0, {}}));
        QVERIFY(tw->notes().add({0, NoteSubject::Person, a, QStringLiteral("uniquemarker"), {}, {}}));
        QVERIFY(tw->people().remove(a));
        QVERIFY(!tw->people().get(a));
        QCOMPARE(*tw->ties().count(), 0);
        QCOMPARE(*tw->touchpoints().count(), 0);
        QCOMPARE(*tw->notes().count(), 0);
        QVERIFY(tw->search().search(QStringLiteral("uniquemarker"), 5)->isEmpty());
        QVERIFY(tw->search().search(QStringLiteral("hachyderm"), 5)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
