#include "support/TempWorkspace.h"

#include <QTest>

using namespace chorus;

// Every text field takes quotes, semicolons, SQL, markup and odd Unicode verbatim: stored and read back
// unchanged, with every table still there.
class TestHostileInput : public QObject {
    Q_OBJECT

    static QStringList hostile() {
        return {QStringLiteral("Robert'); DROP TABLE people;--"),
                QStringLiteral("\"double\" 'single' `back`; -- comment /* block */"),
                QStringLiteral("<script>alert(1)</script><img src=file:///etc/passwd>"),
                QStringLiteral("=HYPERLINK(\"http://evil\")"),
                QStringLiteral("line one\nline two\r\n\ttabbed"),
                QStringLiteral("Zoë 王伟 Ольга 🚀 \u202Eevil\u202C"),
                QStringLiteral("% _ \\ ? ?1 :name @p $1")};
    }

private slots:
    void everyTextFieldKeepsWhatWasTyped() {
        for (const QString& text : hostile()) {
            test::TempWorkspace tw;
            Person p;
            p.name = text;
            p.organisation = text;
            p.role = text;
            p.location = text;
            p.identities = {{0, 0, QStringLiteral("mastodon"), text, {}}};
            p.topics = {{0, text, 0.5}};
            p.tags = {text};
            auto id = tw->people().add(p);
            QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().message));
            const Person stored = *tw->people().get(*id);
            QCOMPARE(stored.name, text.trimmed());
            QCOMPARE(stored.organisation, text.trimmed());
            QCOMPARE(stored.identities.first().handle, text.trimmed());
            QCOMPARE(stored.topics.first().name, text.simplified());
            QCOMPARE(stored.tags.first(), text.simplified());

            QVERIFY(tw->notes().add({0, NoteSubject::Person, *id, text, {}, {}}));
            QCOMPARE(tw->notes().forSubject(NoteSubject::Person, *id)->first().body, text);
            Conversation c;
            c.title = text;
            c.summary = text;
            c.topics = {text};
            auto conv = tw->conversations().add(c);
            QVERIFY(conv.ok());
            QCOMPARE(tw->conversations().get(*conv)->summary, text);
            Event e;
            e.name = text;
            e.location = text;
            auto ev = tw->events().add(e);
            QVERIFY(ev.ok());
            QCOMPARE(tw->events().get(*ev)->location, text.trimmed());
            QVERIFY(tw->touchpoints().add(
                {0, *id, TouchpointKind::Helped, Direction::Outbound, tw.clock().now(), *conv, *ev, text}));
            QCOMPARE(tw->touchpoints().forPerson(*id)->first().note, text);
            QVERIFY(tw->followUps().add({0, *id, {}, text, QDate(2026, 12, 1), {}, {}, {}, 0}));
            QCOMPARE(tw->followUps().forPerson(*id)->first().title, text.trimmed());
            QVERIFY(tw->settings().setValue(text, text));
            QCOMPARE(*tw->settings().value(text), text);
            QVERIFY(tw->search().search(text, 10).ok());
            QVERIFY(tw->people().complete(text, 10).ok());
            PersonFilter filter;
            filter.text = text;
            QVERIFY(tw->people().queryIds(filter, {}, tw.clock().now(), {}).ok());

            QCOMPARE(*tw->people().count(), 1);
            QCOMPARE(*tw->info().integrityCheck(), QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
