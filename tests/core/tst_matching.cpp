#include "support/TempWorkspace.h"

#include "dedupe/DuplicateScan.h"
#include "dedupe/MatchScorer.h"
#include "dedupe/NameComparison.h"
#include "dedupe/PersonMatcher.h"
#include "dedupe/StringSimilarity.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

using namespace chorus;

namespace {
MatchProfile profile(const QString& name, const QString& organisation = {}, const QStringList& handles = {}) {
    Person p;
    p.name = name;
    p.organisation = organisation;
    for (const QString& h : handles) {
        const int colon = int(h.indexOf(QLatin1Char(':')));
        p.identities.push_back({0, 0, h.left(colon), h.mid(colon + 1), {}});
    }
    return MatchProfile::fromPerson(p);
}

struct LabelledPair {
    MatchProfile a;
    MatchProfile b;
    bool same;
    const char* why;
};

/// Near-duplicates (the same person written differently) and non-duplicates (different people who look
/// alike).
QVector<LabelledPair> handMadeSet() {
    const QString acme = QStringLiteral("Acme Compilers");
    const QString globex = QStringLiteral("Globex");
    return {
        // the same person
        {profile("José Núñez", acme), profile("Jose Nunez", acme), true, "accents"},
        {profile("José Núñez"), profile("Jose Nunez", acme), true, "accents, one organisation unknown"},
        {profile("Zoë Schröder", acme), profile("Zoe Schroder", acme), true, "diaeresis"},
        {profile("Łukasz Wiśniewski", globex), profile("Lukasz Wisniewski", globex), true, "Polish letters"},
        {profile("Øystein Sørensen"), profile("Oystein Sorensen"), true, "ø spelled o"},
        {profile("王伟", acme), profile("王伟", acme), true, "Han, identical"},
        {profile("王伟"), profile("王伟"), true, "Han, identical, no organisation"},
        {profile("Li Wei", acme), profile("Wei Li", acme), true, "family name first"},
        {profile("Li Wei"), profile("Wei Li"), true, "family name first, no organisation"},
        {profile("王伟", acme), profile("Wang Wei", acme), true, "Han and pinyin"},
        {profile("Иван Петров", globex), profile("Ivan Petrov", globex), true, "Cyrillic and Latin"},
        {profile("Ada Lovelace", acme), profile("A. Lovelace", acme), true, "initial"},
        {profile("Ada Lovelace", acme), profile("Ada Lovelcae", acme), true, "transposed letters"},
        {profile("Ada Lovelace"), profile("ADA LOVELACE"), true, "case"},
        {profile("Robert Smith", acme), profile("Bob Smith", acme), true,
         "nickname at the same organisation"},
        {profile("Christopher Nolan", acme), profile("Chris Nolan", acme), true, "short form"},
        {profile("Dr. Grace Hopper"), profile("Grace Hopper"), true, "honorific"},
        {profile("Jean-Luc Picard", globex), profile("Jean Luc Picard", globex), true, "hyphen"},
        {profile("Ji-woo Kim"), profile("Jiwoo Kim"), true, "romanised Korean spacing"},
        {profile("Ada Lovelace", acme, {"email:ada@engines.example"}),
         profile("Augusta King", globex, {"email:ADA@engines.example"}), true, "same email, another name"},
        {profile("Grace Hopper", {}, {"github:ghopper"}), profile("G. Hopper", {}, {"github:@GHopper"}), true,
         "same handle"},
        {profile("Grace Hopper", {}, {"mastodon:@grace@hachyderm.io"}),
         profile("Grace Hopper", globex, {"mastodon:grace@hachyderm.io"}), true, "same Mastodon handle"},
        {profile("Mehmet Yılmaz", acme), profile("Mehmet Yilmaz", acme), true, "dotless i"},
        {profile("Nguyễn Văn An"), profile("Nguyen Van An"), true, "Vietnamese tones"},
        {profile("Grace Hopper", acme), profile("Grace Brewster Hopper", acme), true, "middle name left out"},
        {profile("Ana Silva", {}, {"email:ana.silva@example.org"}),
         profile("Ana Costa", {}, {"email:ana.silva@example.org"}), true,
         "same personal email, family name changed"},
        // different people
        {profile("John Smith", acme), profile("Jane Smith", acme), false, "different first names"},
        {profile("Ada Lovelace", acme), profile("Ada Byron", acme), false, "different family names"},
        {profile("Wei Wang", acme), profile("Wei Wang", globex), false,
         "common name, different organisations"},
        {profile("Maria Garcia", acme), profile("Maria Garcia", globex), false,
         "namesakes at two organisations"},
        {profile("王伟"), profile("王薇"), false, "Han, same sound, different characters"},
        {profile("Anna Müller"), profile("Hanna Meyer"), false, "rhyming names"},
        {profile("Karim Haddad", acme), profile("Kamran Rahimi", acme), false,
         "same organisation, other names"},
        {profile("Lena Schmidt"), profile("Lena Schneider"), false, "same first name"},
        {profile("Priya Sharma", acme), profile("Priya Patel", acme), false,
         "same first name, same organisation"},
        {profile("Tom Baker", acme), profile("Tom Parker", acme), false, "one letter in the family name"},
        {profile("Sato Yuki", {}, {"github:ysato"}), profile("Sato Kenji", {}, {"github:ksato"}), false,
         "family name, different handles"},
        {profile("Иван Петров"), profile("Пётр Иванов"), false, "Cyrillic, swapped names"},
        {profile("Chen Jing"), profile("Chen Jun"), false, "short Chinese given names"},
        {profile("Li Na", acme), profile("Li Na Zhao", acme), false, "a whole family name more"},
        {profile("Jing Li", acme), profile("Jing Liu", acme), false, "short family names a letter apart"},
        {profile("李静", acme), profile("刘静", acme), false, "Han, different family names"},
        {profile("李娜", acme), profile("Li Na Zhao", acme), false, "Han against a longer Latin name"},
        {profile("Ada Lovelace", {}, {"email:info@acme.example"}),
         profile("Zed Quinn", {}, {"email:info@acme.example"}), false, "a shared team inbox"},
        {profile("Sofía García", acme), profile("Sofía Garcés", acme), false, "close family names"},
    };
}
} // namespace

class TestMatching : public QObject {
    Q_OBJECT

private slots:
    void jaroWinklerKnownValues() {
        // The reference values from Winkler's paper.
        QVERIFY(qAbs(jaroWinkler(u"MARTHA", u"MARHTA") - 0.961) < 0.001);
        QVERIFY(qAbs(jaroWinkler(u"DWAYNE", u"DUANE") - 0.840) < 0.001);
        QVERIFY(qAbs(jaroWinkler(u"DIXON", u"DICKSONX") - 0.813) < 0.001);
        QCOMPARE(jaroWinkler(u"ada", u"ada"), 1.0);
        QCOMPARE(jaroWinkler(u"", u"ada"), 0.0);
        QCOMPARE(jaroWinkler(u"abc", u"xyz"), 0.0);
    }

    void normalisation() {
        QCOMPARE(normalizeName(QStringLiteral("José Núñez-Díaz")).tokens,
                 (QStringList{QStringLiteral("jose"), QStringLiteral("nunezdiaz")}));
        QCOMPARE(normalizeName(QStringLiteral("Zoë")).tokens, QStringList{QStringLiteral("zoe")});
        QCOMPARE(normalizeName(QStringLiteral("Jürgen Großmann")).tokens,
                 (QStringList{QStringLiteral("jurgen"), QStringLiteral("grossmann")}));
        QCOMPARE(normalizeName(QStringLiteral("Dr. Øystein O'Brien")).tokens,
                 (QStringList{QStringLiteral("oystein"), QStringLiteral("obrien")}));
        const NormalizedName han = normalizeName(QStringLiteral("王伟"));
        QCOMPARE(han.native, QStringList{QStringLiteral("王伟")});
        QCOMPARE(han.script, QChar::Script_Han);
        QCOMPARE(han.tokens, (QStringList{QStringLiteral("wang"), QStringLiteral("wei")}));
        QCOMPARE(normalizeName(QStringLiteral("Иван Петров")).tokens,
                 (QStringList{QStringLiteral("ivan"), QStringLiteral("petrov")}));
        QCOMPARE(organisationKey(QStringLiteral("ACME, Inc.")), QStringLiteral("acme"));
        QCOMPARE(organisationKey(QStringLiteral("Müller GmbH")), QStringLiteral("muller"));
        // Names that are only punctuation or emoji normalise to nothing and match nothing, without crashing.
        QVERIFY(normalizeName(QStringLiteral("?!…")).isEmpty());
        QCOMPARE(
            compareNames(normalizeName(QStringLiteral("🙂")), normalizeName(QStringLiteral("🙂"))).score,
            0.0);
    }

    void precisionAndRecallOnAHandMadeSet() {
        const MatchScorer scorer;
        int tp = 0, fp = 0, fn = 0, tn = 0;
        QStringList mistakes;
        for (const LabelledPair& pair : handMadeSet()) {
            const PairScore s = scorer.score(pair.a, pair.b);
            const bool proposed = s.score >= scorer.settings().duplicateThreshold;
            (proposed ? (pair.same ? tp : fp) : (pair.same ? fn : tn))++;
            if (proposed != pair.same)
                mistakes << QStringLiteral("%1 / %2 (%3): %4")
                                .arg(pair.a.name, pair.b.name, QString::fromLatin1(pair.why))
                                .arg(s.score, 0, 'f', 3);
        }
        const double precision = tp + fp > 0 ? double(tp) / double(tp + fp) : 1.0;
        const double recall = tp + fn > 0 ? double(tp) / double(tp + fn) : 1.0;
        qInfo("hand-made set: %d pairs, precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)",
              tp + fp + fn + tn, precision, recall, tp, fp, fn, tn);
        for (const QString& m : mistakes)
            qInfo("  misjudged: %s", qPrintable(m));
        QVERIFY2(precision >= 0.95, qPrintable(mistakes.join(QLatin1Char('\n'))));
        QVERIFY2(recall >= 0.9, qPrintable(mistakes.join(QLatin1Char('\n'))));
    }

    void organisationWeighsOnASameName() {
        const MatchScorer scorer;
        const double sameOrg =
            scorer.score(profile("Wei Wang", "Acme"), profile("Wei Wang", "ACME Inc.")).score;
        const double unknown = scorer.score(profile("Wei Wang", "Acme"), profile("Wei Wang")).score;
        const double otherOrg =
            scorer.score(profile("Wei Wang", "Acme"), profile("Wei Wang", "Globex")).score;
        QVERIFY(sameOrg > unknown);
        QVERIFY(unknown > otherOrg);
        QVERIFY(otherOrg < scorer.settings().duplicateThreshold);
        QVERIFY(otherOrg >= scorer.settings().candidateThreshold); // still shown as a weaker candidate
    }

    void reasonsExplainTheScore() {
        const MatchScorer scorer;
        const PairScore email = scorer.score(profile("Ada Lovelace", "Acme", {"email:ada@example.org"}),
                                             profile("Ada Lovelace", "Acme", {"email:Ada@Example.org"}));
        QCOMPARE(matchReasonKeys(email.evidence),
                 (QStringList{QStringLiteral("same-email"), QStringLiteral("same-name"),
                              QStringLiteral("same-organisation")}));
        QVERIFY(describeEvidence(email.evidence).contains(QStringLiteral("same email Ada@Example.org")));
        const PairScore reordered = scorer.score(profile("Li Wei"), profile("Wei Li"));
        QCOMPARE(matchReasonKeys(reordered.evidence), QStringList{QStringLiteral("reordered-name")});
        const PairScore script = scorer.score(profile("王伟"), profile("Wang Wei"));
        QCOMPARE(matchReasonKeys(script.evidence), QStringList{QStringLiteral("other-script")});
        const PairScore inbox = scorer.score(profile("Ada Lovelace", {}, {"email:info@acme.example"}),
                                             profile("Zed Quinn", {}, {"email:info@acme.example"}));
        QVERIFY(matchReasonKeys(inbox.evidence).contains(QStringLiteral("names-differ")));
        QVERIFY(inbox.score < scorer.settings().duplicateThreshold);
    }

    void candidatesWhileTyping() {
        test::TempWorkspace tw;
        Person ada;
        ada.name = QStringLiteral("Ada Lovelace");
        ada.organisation = QStringLiteral("Analytical Engines");
        ada.identities = {{0, 0, QStringLiteral("github"), QStringLiteral("ada"), {}}};
        const Id adaId = *tw->people().add(ada);
        const Id namesake =
            tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Unknown, QStringLiteral("Globex"));
        const Id jose = tw.addPerson(QStringLiteral("José Núñez"), Stance::Advocate, QStringLiteral("Acme"));
        const Id wang = tw.addPerson(QStringLiteral("王伟"));
        tw.addPerson(QStringLiteral("Grace Hopper"), Stance::Unknown, QStringLiteral("Analytical Engines"));
        PersonMatcher matcher(tw.ws());

        Person typing;
        typing.name = QStringLiteral("Ada Lov");
        typing.organisation = QStringLiteral("Analytical Engines");
        auto c = matcher.candidatesFor(typing, 5, true);
        QVERIFY(c.ok());
        QVERIFY(!c->isEmpty());
        QCOMPARE(c->first().personId, adaId);
        QVERIFY(c->first().score >= 0.75);
        QCOMPARE(c->at(1).personId, namesake); // the namesake elsewhere, lower
        QVERIFY(c->at(1).score < c->first().score);
        QVERIFY(std::none_of(c->cbegin(), c->cend(),
                             [](const MatchCandidate& m) { return m.name == "Grace Hopper"; }));

        Person byHandle;
        byHandle.name = QStringLiteral("Someone");
        byHandle.identities = {{0, 0, QStringLiteral("github"), QStringLiteral("@ADA"), {}}};
        c = matcher.candidatesFor(byHandle, 5);
        QVERIFY(c.ok());
        QCOMPARE(c->size(), 1);
        QCOMPARE(c->first().personId, adaId);
        QVERIFY(matchReasonKeys(c->first().evidence).contains(QStringLiteral("same-handle")));

        Person unaccented;
        unaccented.name = QStringLiteral("jose nunez");
        c = matcher.candidatesFor(unaccented, 5);
        QVERIFY(c.ok() && !c->isEmpty());
        QCOMPARE(c->first().personId, jose);
        QCOMPARE(c->first().stance, Stance::Advocate);

        Person han;
        han.name = QStringLiteral("王伟");
        c = matcher.candidatesFor(han, 5);
        QVERIFY(c.ok() && !c->isEmpty());
        QCOMPARE(c->first().personId, wang);

        // A stored person is never its own candidate, and a pair marked "not the same" is left out.
        Person stored = *tw->people().get(adaId);
        c = matcher.candidatesFor(stored, 5);
        QVERIFY(c.ok());
        QVERIFY(std::none_of(c->cbegin(), c->cend(),
                             [&](const MatchCandidate& m) { return m.personId == adaId; }));
        QVERIFY(std::any_of(c->cbegin(), c->cend(),
                            [&](const MatchCandidate& m) { return m.personId == namesake; }));
        QVERIFY(tw->dedupe().markNotDuplicates(namesake, adaId).ok());
        c = matcher.candidatesFor(stored, 5);
        QVERIFY(std::none_of(c->cbegin(), c->cend(),
                             [&](const MatchCandidate& m) { return m.personId == namesake; }));
    }

    void wholeWorkspaceGroups() {
        test::TempWorkspace tw;
        Person a;
        a.name = QStringLiteral("Ada Lovelace");
        a.organisation = QStringLiteral("Engines");
        a.identities = {{0, 0, QStringLiteral("email"), QStringLiteral("ada@engines.example"), {}}};
        const Id ada1 = *tw->people().add(a);
        a.name = QStringLiteral("A. Lovelace");
        a.identities = {{0, 0, QStringLiteral("mastodon"), QStringLiteral("@ada@hachyderm.io"), {}}};
        const Id ada2 = *tw->people().add(a);
        a.name = QStringLiteral("Augusta Ada King");
        a.organisation.clear();
        a.identities = {{0, 0, QStringLiteral("mastodon"), QStringLiteral("ada@hachyderm.io"), {}}};
        const Id ada3 = *tw->people().add(a);
        const Id li1 = tw.addPerson(QStringLiteral("Li Wei"), Stance::Unknown, QStringLiteral("Acme"));
        const Id li2 = tw.addPerson(QStringLiteral("Wei Li"), Stance::Unknown, QStringLiteral("ACME Inc"));
        const Id maria1 =
            tw.addPerson(QStringLiteral("Maria Garcia"), Stance::Unknown, QStringLiteral("Acme"));
        const Id maria2 =
            tw.addPerson(QStringLiteral("Maria Garcia"), Stance::Unknown, QStringLiteral("Globex"));
        tw.addPerson(QStringLiteral("Grace Hopper"));
        // Ada 2 has history, so it is the suggested survivor of its group.
        QVERIFY(tw->touchpoints()
                    .add({0, ada2, TouchpointKind::Met, Direction::Outbound, tw.clock().now(), 0, 0, {}})
                    .ok());

        PersonMatcher matcher(tw.ws());
        QVector<int> progress;
        DuplicateScanStats stats;
        auto groups = matcher.findDuplicates(
            [&progress](int p) {
                progress << p;
                return true;
            },
            &stats);
        QVERIFY2(groups.ok(), groups ? "" : qPrintable(groups.error().message));
        QCOMPARE(groups->size(), 2);
        QCOMPARE(stats.people, qint64(8));
        QVERIFY(stats.pairsCompared < 8 * 7 / 2); // blocking: not every pair is compared
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 1000);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QVector<Id> adaGroup, liGroup;
        for (const DuplicateGroup& g : *groups) {
            QVector<Id> ids;
            for (const DuplicateMember& m : g.members)
                ids << m.personId;
            (ids.contains(ada1) ? adaGroup : liGroup) = ids;
            if (ids.contains(ada1))
                QCOMPARE(g.suggestedSurvivor(), ada2);
        }
        std::sort(adaGroup.begin(), adaGroup.end());
        std::sort(liGroup.begin(), liGroup.end());
        QCOMPARE(adaGroup, (QVector<Id>{ada1, ada2, ada3}));
        QCOMPARE(liGroup, (QVector<Id>{li1, li2}));
        Q_UNUSED(maria1)
        Q_UNUSED(maria2)

        // "Not the same person" is remembered.
        QVERIFY(tw->dedupe().markNotDuplicates(li2, li1).ok());
        groups = matcher.findDuplicates();
        QCOMPARE(groups->size(), 1);

        // Cancelling stops the scan with a Cancelled error.
        auto cancelled = matcher.findDuplicates([](int) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void scanRunsOffTheCallingThread() {
        test::TempWorkspace tw;
        for (int i = 0; i < 300; ++i)
            tw.addPerson(QStringLiteral("Person %1 Example").arg(i), Stance::Unknown,
                         QStringLiteral("Org %1").arg(i % 7));
        tw.addPerson(QStringLiteral("Zoë Schröder"), Stance::Unknown, QStringLiteral("Acme"));
        tw.addPerson(QStringLiteral("Zoe Schroder"), Stance::Unknown, QStringLiteral("Acme"));
        QFutureWatcher<DuplicateScanReport> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<DuplicateScanReport>::finished);
        QSignalSpy progress(&watcher, &QFutureWatcher<DuplicateScanReport>::progressValueChanged);
        watcher.setFuture(DuplicateScan::start(tw.path()));
        QVERIFY(finished.wait(60000));
        const DuplicateScanReport report = watcher.result();
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
        QCOMPARE(report.stats.people, qint64(302));
        QVERIFY(std::any_of(report.groups.cbegin(), report.groups.cend(), [](const DuplicateGroup& g) {
            return g.members.size() == 2 && g.members.first().name.startsWith(QStringLiteral("Zo"));
        }));
        QVERIFY(progress.count() > 0);
        QCOMPARE(progress.last().at(0).toInt(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestMatching)
#include "tst_matching.moc"
