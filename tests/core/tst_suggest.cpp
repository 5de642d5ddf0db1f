// The suggestion engine's beliefs (DESIGN.md §1, §4), each pinned by a hand-built scenario.

#include "SuggestScenario.h"

#include "sample/SampleGenerator.h"
#include "suggest/IntroduceRanker.h"
#include "suggest/SupportRanker.h"

#include <QTest>

#include <cmath>

using namespace chorus;
using namespace chorus::test;

namespace {
double component(const Suggestion& s, const QString& key) {
    for (const auto& c : s.components) {
        if (c.key == key)
            return c.value;
    }
    return std::nan("");
}
} // namespace

class TestSuggest : public QObject {
    Q_OBJECT

private slots:
    // Belief 1: amplify growing voices, not the famous.
    void smallVoiceOutranksFamousWithEqualPost() {
        SuggestScenario s;
        s.focus(QStringLiteral("Rust on Windows"));
        const Id famous = s.person(QStringLiteral("Famous Advocate"), Stance::Advocate, 2000000,
                                   {QStringLiteral("Rust on Windows")});
        const Id small = s.person(QStringLiteral("Small Advocate"), Stance::Advocate, 800,
                                  {QStringLiteral("Rust on Windows")});
        s.post(famous, QStringLiteral("Famous post"), 2, {QStringLiteral("Rust on Windows")});
        s.post(small, QStringLiteral("Small post"), 2, {QStringLiteral("Rust on Windows")});
        const auto list = s.list(SuggestionKind::Support);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).people.first().id, small);
        QCOMPARE(list.at(1).people.first().id, famous);
        QCOMPARE(component(list.at(0), QStringLiteral("topic_fit")), 1.0);
        QVERIFY(component(list.at(0), QStringLiteral("voice")) >
                component(list.at(1), QStringLiteral("voice")));
        QCOMPARE(list.at(0).object.type, SuggestionObjectType::Post);
        QCOMPARE(list.at(0).object.title, QStringLiteral("Small post"));
        QVERIFY(list.at(0).explanation.contains(QStringLiteral("Small Advocate")));
        QVERIFY(list.at(0).explanation.contains(QStringLiteral("2 days ago")));
    }

    void risingTrendCountsMoreThanABigNumber() {
        SuggestScenario s;
        const Id rising = s.person(QStringLiteral("Rising Voice"), Stance::Supporter, 20000);
        const Id flat = s.person(QStringLiteral("Flat Voice"), Stance::Supporter, 5000);
        // A year of monthly reach: one grows 10% a month to 20,000, the other stays at 5,000.
        for (int m = 11; m >= 0; --m) {
            const QDate on = s.now().date().addMonths(-m);
            QVERIFY(s.ws().reach().record({rising, on, qint64(20000.0 / std::pow(1.1, m))}));
            QVERIFY(s.ws().reach().record({flat, on, 5000}));
        }
        s.post(rising, QStringLiteral("Rising post"), 1, {});
        s.post(flat, QStringLiteral("Flat post"), 1, {});
        const auto list = s.list(SuggestionKind::Support);
        QCOMPARE(SuggestScenario::names(list),
                 (QStringList{QStringLiteral("Rising Voice"), QStringLiteral("Flat Voice")}));
        QVERIFY(list.at(0).explanation.contains(QStringLiteral("growing")));
        QCOMPARE(suggest::growth({{QDate(2026, 1, 1), 100}, {QDate(2026, 2, 1), 100}}, 0.1), 0.5);
    }

    // Caution: an influential sceptic is someone to listen to, never to support or pitch in their thread.
    void famousScepticOnlyInCaution() {
        SuggestScenario s;
        s.focus(QStringLiteral("WebAssembly"));
        const Id sceptic = s.person(QStringLiteral("Loud Sceptic"), Stance::Sceptic, 500000,
                                    {QStringLiteral("WebAssembly")});
        const Id fan =
            s.person(QStringLiteral("Quiet Fan"), Stance::Advocate, 300, {QStringLiteral("WebAssembly")});
        s.post(sceptic, QStringLiteral("Why WebAssembly is overrated"), 1, {QStringLiteral("WebAssembly")},
               {{fan, {}, ParticipantRole::Replied, 2}});
        s.post(fan, QStringLiteral("My first Wasm component"), 1, {QStringLiteral("WebAssembly")},
               {{sceptic, {}, ParticipantRole::Replied, 3}});
        s.touch(sceptic, TouchpointKind::Met, 10);
        s.touch(fan, TouchpointKind::Met, 10);

        const auto support = s.list(SuggestionKind::Support);
        QVERIFY(!SuggestScenario::mentions(support, sceptic));
        QVERIFY(SuggestScenario::mentions(support, fan));
        const auto join = s.list(SuggestionKind::Join);
        QVERIFY(!SuggestScenario::mentions(join, sceptic));
        QVERIFY(!SuggestScenario::titles(join).contains(QStringLiteral("Why WebAssembly is overrated")));
        QVERIFY(SuggestScenario::titles(join).contains(QStringLiteral("My first Wasm component")));
        QVERIFY(!SuggestScenario::mentions(s.list(SuggestionKind::Introduce), sceptic));

        const auto caution = s.list(SuggestionKind::Caution);
        QCOMPARE(caution.size(), 1);
        QCOMPARE(caution.at(0).people.first().id, sceptic);
        QCOMPARE(caution.at(0).action, QStringLiteral("listen"));
        QCOMPARE(caution.at(0).object.title, QStringLiteral("Why WebAssembly is overrated"));
        QVERIFY(caution.at(0).explanation.contains(QStringLiteral("don't pitch")));
    }

    // Fairness: spread support.
    void supportedYesterdayDropsBelowLongUnsupported() {
        SuggestScenario s;
        const Id recent = s.person(QStringLiteral("Recently Helped"), Stance::Advocate, 1000);
        const Id waiting = s.person(QStringLiteral("Long Waiting"), Stance::Advocate, 1000);
        s.post(recent, QStringLiteral("Post A"), 1, {});
        s.post(waiting, QStringLiteral("Post B"), 1, {});
        s.touch(recent, TouchpointKind::Amplified, 1);
        s.touch(waiting, TouchpointKind::Amplified, 120);
        const auto list = s.list(SuggestionKind::Support);
        QCOMPARE(SuggestScenario::names(list),
                 (QStringList{QStringLiteral("Long Waiting"), QStringLiteral("Recently Helped")}));
        QVERIFY(component(list.at(1), QStringLiteral("fairness")) < 0.1);
        QVERIFY(component(list.at(0), QStringLiteral("fairness")) > 0.9);
        QVERIFY(list.at(1).explanation.contains(QStringLiteral("yesterday")));
    }

    void markingSupportDoneCountsAsSupport() {
        SuggestScenario s;
        const Id a = s.person(QStringLiteral("Ada"), Stance::Advocate, 1000);
        const Id b = s.person(QStringLiteral("Bea"), Stance::Advocate, 1500);
        s.post(a, QStringLiteral("Ada's post"), 1, {});
        s.post(b, QStringLiteral("Bea's post"), 1, {});
        auto list = s.list(SuggestionKind::Support);
        QCOMPARE(list.first().people.first().id, a);
        SuggestionEngine engine(s.ws());
        QVERIFY(engine.markDone(list.first()));
        // The post acted on is gone; a new post brings Ada back, below Bea while the support is recent.
        QCOMPARE(SuggestScenario::names(s.list(SuggestionKind::Support)), QStringList{QStringLiteral("Bea")});
        s.temp().clock().set(s.now().addSecs(3600));
        s.post(a, QStringLiteral("Ada's next post"), 0.01, {});
        list = s.list(SuggestionKind::Support);
        QCOMPARE(SuggestScenario::names(list), (QStringList{QStringLiteral("Bea"), QStringLiteral("Ada")}));
        QCOMPARE(list.at(1).object.title, QStringLiteral("Ada's next post"));
    }

    void topOfSupportSpansCommunities() {
        SuggestScenario s;
        // Three strong candidates in one community, one slightly weaker in another.
        for (int i = 0; i < 3; ++i) {
            const Id p =
                s.person(QStringLiteral("Rust %1").arg(i), Stance::Champion, 500, {QStringLiteral("Rust")});
            s.post(p, QStringLiteral("Rust post %1").arg(i), 1, {});
        }
        const Id other =
            s.person(QStringLiteral("Go person"), Stance::Supporter, 500, {QStringLiteral("Go")});
        s.post(other, QStringLiteral("Go post"), 1, {});
        const auto list = s.list(SuggestionKind::Support, {}, 2);
        QCOMPARE(list.size(), 2);
        QVERIFY(SuggestScenario::mentions(list, other));
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1].score >= list[i].score);
    }

    // Belief 4: join conversations where a reply adds value; make room rather than dominate.
    void dominatedThreadRanksBelowEqualFreshThread() {
        SuggestScenario s;
        const Id me = s.self();
        const Id a = s.person(QStringLiteral("Author One"), Stance::Advocate, 100);
        const Id b = s.person(QStringLiteral("Author Two"), Stance::Advocate, 100);
        const Id r1 = s.person(QStringLiteral("Replier One"), Stance::Supporter);
        const Id r2 = s.person(QStringLiteral("Replier Two"), Stance::Supporter);
        s.post(a, QStringLiteral("Dominated thread"), 1, {},
               {{r1, {}, ParticipantRole::Replied, 2}, {me, {}, ParticipantRole::Replied, 9}});
        s.post(b, QStringLiteral("Open thread"), 1, {}, {{r2, {}, ParticipantRole::Replied, 2}});
        const auto join = s.list(SuggestionKind::Join);
        QCOMPARE(SuggestScenario::titles(join),
                 (QStringList{QStringLiteral("Open thread"), QStringLiteral("Dominated thread")}));
        QVERIFY(component(join.at(1), QStringLiteral("room")) < 0.1);
        QVERIFY(join.at(1).explanation.contains(QStringLiteral("you wrote 9 of its 12 messages")));
        QCOMPARE(join.at(0).action, QStringLiteral("join"));
    }

    void hostedThreadIsCurate() {
        SuggestScenario s;
        const Id me = s.self();
        const Id a = s.person(QStringLiteral("Guest"), Stance::Advocate);
        s.post(me, QStringLiteral("My thread"), 1, {}, {{a, {}, ParticipantRole::Replied, 1}},
               ConversationStatus::Hosting);
        const auto join = s.list(SuggestionKind::Join);
        QCOMPARE(join.size(), 1);
        QCOMPARE(join.at(0).action, QStringLiteral("curate"));
        QVERIFY(join.at(0).explanation.contains(QStringLiteral("You host")));
    }

    // Belief 5: introduce people who share a purpose; bridging two circles is worth more.
    void bridgingIntroductionOutranksOneInsideACommunity() {
        SuggestScenario s;
        const QStringList rust{QStringLiteral("Rust")};
        const Id a = s.person(QStringLiteral("Anna"), Stance::Advocate, {}, rust);
        const Id b = s.person(QStringLiteral("Boris"), Stance::Advocate, {}, rust);
        const Id e = s.person(QStringLiteral("Emeka"), Stance::Advocate, {}, rust);
        const Id c = s.person(QStringLiteral("Chen"), Stance::Neutral, {}, {QStringLiteral("Go")});
        const Id d = s.person(QStringLiteral("Dara"), Stance::Neutral, {}, {QStringLiteral("Go")});
        const Id f = s.person(QStringLiteral("Femi"), Stance::Neutral, {}, {QStringLiteral("Python")});
        // Anna and Boris share a circle (both know Chen and Dara); Emeka's circle is Femi alone.
        s.tie(a, c), s.tie(a, d), s.tie(b, c), s.tie(b, d), s.tie(e, f);
        for (Id p : {a, b, e})
            s.touch(p, TouchpointKind::Met, 5);
        const auto list = s.list(SuggestionKind::Introduce);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.last().subjectKey, suggest::pairKey(a, b));
        QCOMPARE(component(list.last(), QStringLiteral("bridge")), 0.0);
        QCOMPARE(component(list.first(), QStringLiteral("bridge")), 1.0);
        QVERIFY(list.first().explanation.contains(QStringLiteral("Rust")));
        QCOMPARE(list.first().people.size(), 2);

        // Tied people are never suggested.
        s.tie(a, e);
        const auto after = s.list(SuggestionKind::Introduce);
        for (const auto& sg : after)
            QVERIFY(sg.subjectKey != suggest::pairKey(a, e));
    }

    void dismissedPairNeverReturns() {
        SuggestScenario s;
        const Id a = s.person(QStringLiteral("Anna"), Stance::Advocate, {}, {QStringLiteral("Rust")});
        const Id b = s.person(QStringLiteral("Boris"), Stance::Supporter, {}, {QStringLiteral("Rust")});
        s.touch(a, TouchpointKind::Met, 3);
        s.touch(b, TouchpointKind::Met, 3);
        s.post(a, QStringLiteral("Anna's post"), 1, {});
        auto list = s.list(SuggestionKind::Introduce);
        QCOMPARE(list.size(), 1);
        SuggestionEngine engine(s.ws());
        QVERIFY(engine.dismiss(list.first()));
        QVERIFY(s.list(SuggestionKind::Introduce).isEmpty());
        // Not after months, not after they meet at the same event again, not after reopening.
        s.touch(a, TouchpointKind::Met, 0);
        s.touch(b, TouchpointKind::Met, 0);
        s.temp().reopen();
        QVERIFY(s.list(SuggestionKind::Introduce, s.now().addDays(200)).isEmpty());
        QVERIFY(s.list(SuggestionKind::Introduce).isEmpty());
        // Dismissing the introduction does not hide Anna elsewhere.
        QVERIFY(SuggestScenario::mentions(s.list(SuggestionKind::Support), a));
    }

    void dismissingHidesOnlyInThatKind() {
        SuggestScenario s;
        const Id a = s.person(QStringLiteral("Anna"), Stance::Advocate, {}, {QStringLiteral("Rust")});
        const Id b = s.person(QStringLiteral("Boris"), Stance::Supporter, {}, {QStringLiteral("Rust")});
        s.touch(a, TouchpointKind::Met, 3);
        s.touch(b, TouchpointKind::Met, 3);
        s.post(a, QStringLiteral("Anna's post"), 1, {});
        SuggestionEngine engine(s.ws());
        QVERIFY(engine.dismiss(s.list(SuggestionKind::Support).first()));
        QVERIFY(!SuggestScenario::mentions(s.list(SuggestionKind::Support), a));
        QVERIFY(SuggestScenario::mentions(s.list(SuggestionKind::Introduce), a));
    }

    void snoozedItemReturnsAfterTheDate() {
        SuggestScenario s;
        const Id a = s.person(QStringLiteral("Anna"), Stance::Advocate, 900);
        s.post(a, QStringLiteral("Anna's post"), 1, {});
        SuggestionEngine engine(s.ws());
        const auto list = s.list(SuggestionKind::Support);
        QCOMPARE(list.size(), 1);
        QVERIFY(engine.snooze(list.first(), s.now().addDays(7)));
        QVERIFY(s.list(SuggestionKind::Support).isEmpty());
        QVERIFY(s.list(SuggestionKind::Support, s.now().addDays(6)).isEmpty());
        QCOMPARE(SuggestScenario::names(s.list(SuggestionKind::Support, s.now().addDays(8))),
                 QStringList{QStringLiteral("Anna")});
    }

    // Belief 6: relationships, and promises kept.
    void reconnectListsPromisesThenColdValuedRelationships() {
        SuggestScenario s;
        const Id cold = s.person(QStringLiteral("Old Friend"), Stance::Advocate);
        const Id warm = s.person(QStringLiteral("Close Friend"), Stance::Advocate);
        const Id promised = s.person(QStringLiteral("Promised Person"), Stance::Neutral);
        for (int i = 0; i < 8; ++i) {
            s.touch(cold, TouchpointKind::Call, 300 + i * 10,
                    i % 2 ? Direction::Inbound : Direction::Outbound);
            s.touch(warm, TouchpointKind::Call, 1 + i * 3);
        }
        FollowUp f;
        f.personId = promised;
        f.title = QStringLiteral("Send the slides");
        f.dueOn = s.now().date().addDays(-5);
        QVERIFY(s.ws().followUps().add(f));
        const auto list = s.list(SuggestionKind::Reconnect);
        QCOMPARE(SuggestScenario::names(list),
                 (QStringList{QStringLiteral("Promised Person"), QStringLiteral("Old Friend")}));
        QCOMPARE(list.at(0).action, QStringLiteral("follow-up"));
        QVERIFY(list.at(0).explanation.contains(QStringLiteral("Send the slides")));
        QVERIFY(list.at(1).explanation.contains(QStringLiteral("they engage back")));
        QVERIFY(component(list.at(1), QStringLiteral("coldness")) > 0.9);
    }

    void halfLifeComesFromSettings() {
        SuggestScenario s;
        const Id p = s.person(QStringLiteral("Friend"), Stance::Advocate);
        for (int i = 0; i < 6; ++i)
            s.touch(p, TouchpointKind::Met, 120 + i);
        QVERIFY(s.list(SuggestionKind::Reconnect).size() == 1); // 45-day half-life: gone cold
        HealthParameters h = s.ws().settings().healthParameters();
        h.halfLifeDays = 365;
        QVERIFY(s.ws().settings().setHealthParameters(h));
        QVERIFY(s.ws().summaries().refreshAll(h));
        QVERIFY(s.list(SuggestionKind::Reconnect).isEmpty()); // a year's half-life: still warm
    }

    void weightsComeFromSettings() {
        SuggestScenario s;
        const Id famous = s.person(QStringLiteral("Famous"), Stance::Champion, 1000000);
        const Id small = s.person(QStringLiteral("Small"), Stance::Supporter, 100);
        s.post(famous, QStringLiteral("F"), 1, {});
        s.post(small, QStringLiteral("S"), 1, {});
        QCOMPARE(s.list(SuggestionKind::Support).first().people.first().id, small);
        QVERIFY(
            s.ws().settings().setValue(QStringLiteral("suggest.support.weight.voice"), QStringLiteral("0")));
        QCOMPARE(s.list(SuggestionKind::Support).first().people.first().id, famous);
        QCOMPARE(SuggestionSettings::load(s.ws().settings()).supportVoice, 0.0);
    }

    // Properties: explainable, finite, deterministic, independent of storage order.
    void scoresAreFiniteExplainedAndDeterministic() {
        TempWorkspace t(SampleOptions::defaultAnchor());
        SampleOptions options;
        options.people = 400;
        QVERIFY(SampleGenerator::generate(t->database(), options));
        SuggestionEngine engine(t.ws());
        auto first = engine.all(-1);
        QVERIFY(first);
        auto second = engine.all(-1);
        QVERIFY(second);
        QCOMPARE(*first, *second);
        for (const auto& [kind, list] : *first) {
            QVERIFY2(!list.isEmpty(), qPrintable(suggestionKindKey(kind)));
            QSet<QString> keys;
            for (int i = 0; i < list.size(); ++i) {
                const Suggestion& sg = list[i];
                QVERIFY(std::isfinite(sg.score));
                QVERIFY(sg.score >= 0);
                QVERIFY(!sg.explanation.isEmpty());
                QVERIFY(kind == SuggestionKind::Join ||
                        !sg.people.isEmpty()); // a thread may have no aligned people
                for (const auto& c : sg.components)
                    QVERIFY(std::isfinite(c.value) && c.value >= 0 && c.value <= 1.0);
                QVERIFY(std::abs(Suggestion::scoreOf(sg.components) - sg.score) < 1e-12);
                QVERIFY(!keys.contains(sg.subjectKey));
                keys.insert(sg.subjectKey);
                if (i > 0)
                    QVERIFY(list[i - 1].score >= list[i].score - 1e-12);
                if (kind == SuggestionKind::Support || kind == SuggestionKind::Join) {
                    for (const auto& p : sg.people)
                        QVERIFY(p.stance != Stance::Sceptic);
                }
                if (kind == SuggestionKind::Caution)
                    QCOMPARE(sg.people.first().stance, Stance::Sceptic);
            }
        }
    }

    // The lists read best-first and stop early; that must never change what the top of a list is.
    void shortListsAreThePrefixOfTheFullLists() {
        TempWorkspace t(SampleOptions::defaultAnchor());
        SampleOptions options;
        options.people = 1500;
        options.seed = 3;
        QVERIFY(SampleGenerator::generate(t->database(), options));
        SuggestionEngine engine(t.ws());
        for (SuggestionKind kind : allSuggestionKinds()) {
            auto full = engine.list(kind, -1);
            QVERIFY(full);
            for (int limit : {1, 5, 12}) {
                auto top = engine.list(kind, limit);
                QVERIFY(top);
                QVERIFY2(full->size() >= limit, qPrintable(suggestionKindKey(kind)));
                QCOMPARE(*top, full->mid(0, limit));
            }
        }
    }

    void orderDoesNotDependOnStorageOrder() {
        auto build = [](SuggestScenario& s, bool reversed) {
            struct Spec {
                const char* name;
                Stance stance;
                qint64 reach;
                const char* topic;
            };
            QVector<Spec> specs{
                {"Ada", Stance::Advocate, 900, "Rust"}, {"Bo", Stance::Advocate, 900, "Rust"},
                {"Cy", Stance::Supporter, 4000, "Go"},  {"Di", Stance::Champion, 120, "Go"},
                {"Ed", Stance::Sceptic, 90000, "Rust"}, {"Flo", Stance::Advocate, 900, "Rust"}};
            if (reversed)
                std::reverse(specs.begin(), specs.end());
            s.focus(QStringLiteral("Rust"));
            for (const Spec& sp : specs) {
                const Id id = s.person(QString::fromLatin1(sp.name), sp.stance, sp.reach,
                                       {QString::fromLatin1(sp.topic)});
                s.post(id, QStringLiteral("Post by %1").arg(QString::fromLatin1(sp.name)), 2,
                       {QString::fromLatin1(sp.topic)});
                s.touch(id, TouchpointKind::Met, 20);
            }
        };
        SuggestScenario forward, backward;
        build(forward, false);
        build(backward, true);
        for (SuggestionKind kind : allSuggestionKinds()) {
            const auto a = forward.list(kind), b = backward.list(kind);
            QCOMPARE(a.size(), b.size());
            for (int i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].object.title, b[i].object.title);
                QCOMPARE(SuggestScenario::names({a[i]}), SuggestScenario::names({b[i]}));
                QCOMPARE(a[i].score, b[i].score);
            }
        }
    }

    void arithmeticAddsUpToTheScore() {
        SuggestScenario s;
        const Id a = s.person(QStringLiteral("Ada"), Stance::Advocate, 900);
        s.post(a, QStringLiteral("Post"), 1, {});
        s.touch(a, TouchpointKind::Amplified, 10);
        const auto sg = s.list(SuggestionKind::Support).first();
        const QStringList lines = sg.arithmetic();
        QVERIFY(lines.last().endsWith(QString::number(sg.score, 'f', 3)));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("fairness")));
    }
};

QTEST_GUILESS_MAIN(TestSuggest)
#include "tst_suggest.moc"
