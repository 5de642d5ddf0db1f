#include "support/TempWorkspace.h"

#include "storage/FtsQuery.h"

#include <QTest>

using namespace chorus;

class TestSearch : public QObject {
    Q_OBJECT

private slots:
    void triggersFollowEveryChange() {
        test::TempWorkspace tw;
        const Id id =
            tw.addPerson(QStringLiteral("Marguerite Perey"), Stance::Supporter, QStringLiteral("Institut"));
        QCOMPARE(tw->search().search(QStringLiteral("perey"), 10)->size(), 1);
        Person p = *tw->people().get(id);
        p.name = QStringLiteral("Marie Curie");
        QVERIFY(tw->people().update(p));
        QVERIFY(tw->search().search(QStringLiteral("perey"), 10)->isEmpty());
        QCOMPARE(tw->search().search(QStringLiteral("curie"), 10)->first().personId, id);
        QVERIFY(tw->people().remove(id));
        QVERIFY(tw->search().search(QStringLiteral("curie"), 10)->isEmpty());
    }

    void everythingIsSearchableAndResolved() {
        test::TempWorkspace tw;
        Person p;
        p.name = QStringLiteral("Ada");
        p.identities = {{0, 0, QStringLiteral("github"), QStringLiteral("enginewright"), {}}};
        const Id ada = *tw->people().add(p);
        QVERIFY(tw->notes().add(
            {0, NoteSubject::Person, ada, QStringLiteral("loves bernoulli numbers"), {}, {}}));
        Conversation c;
        c.title = QStringLiteral("Difference engines in production");
        const Id conv = *tw->conversations().add(c);
        Event e;
        e.name = QStringLiteral("Babbage Summit");
        const Id ev = *tw->events().add(e);

        auto handle = tw->search().search(QStringLiteral("enginewright"), 10);
        QCOMPARE(handle->size(), 1);
        QCOMPARE(handle->first().kind, SearchKind::Identity);
        QCOMPARE(handle->first().personId, ada);
        QCOMPARE(handle->first().title, QStringLiteral("Ada"));
        auto note = tw->search().search(QStringLiteral("bernoulli"), 10);
        QCOMPARE(note->first().kind, SearchKind::Note);
        QCOMPARE(note->first().personId, ada);
        QVERIFY(note->first().snippet.contains(QStringLiteral("bernoulli")));
        QCOMPARE(tw->search().search(QStringLiteral("difference engine"), 10)->first().conversationId, conv);
        QCOMPARE(tw->search().search(QStringLiteral("babbage"), 10)->first().eventId, ev);
    }

    void prefixesAndAccentsMatch() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("José Núñez"));
        QCOMPARE(tw->search().search(QStringLiteral("jose"), 10)->size(), 1);
        QCOMPARE(tw->search().search(QStringLiteral("nun"), 10)->size(), 1);
        QCOMPARE(tw->search().search(QStringLiteral("Núñ"), 10)->size(), 1);
    }

    void hostileTextIsSearchedForNotInterpreted_data() {
        QTest::addColumn<QString>("text");
        for (const char* t : {"\"", "a OR b", "NEAR(a b)", "title:x", "*", "'; DROP TABLE people; --", "(((",
                              "-x", "^", "a AND", "\"unterminated"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }

    void hostileTextIsSearchedForNotInterpreted() {
        QFETCH(QString, text);
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Robert Tables"));
        auto hits = tw->search().search(text, 10);
        QVERIFY2(hits.ok(), hits ? "" : qPrintable(hits.error().message));
        QCOMPARE(*tw->people().count(), 1);
    }

    void matchExpressionQuotesEveryWord() {
        QCOMPARE(ftsMatchExpression(QStringLiteral("ada lov")), QStringLiteral("\"ada\"* \"lov\"*"));
        QCOMPARE(ftsMatchExpression(QStringLiteral("  ")), QString());
        QCOMPARE(ftsMatchExpression(QStringLiteral("\"\"")), QString());
        QCOMPARE(ftsMatchExpression(QStringLiteral("@ada@hachyderm.io")),
                 QStringLiteral("\"@ada@hachyderm.io\"*"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
