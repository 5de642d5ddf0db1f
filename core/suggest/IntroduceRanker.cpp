#include "IntroduceRanker.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace chorus {
namespace suggest {

double bridge(const QSet<Id>& a, const QSet<Id>& b) {
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    int shared = 0;
    for (Id x : a)
        shared += b.contains(x) ? 1 : 0;
    const int together = int(a.size() + b.size()) - shared;
    return 1.0 - double(shared) / double(together);
}

QString pairKey(Id a, Id b) {
    return QStringLiteral("pair:%1:%2").arg(std::min(a, b)).arg(std::max(a, b));
}

} // namespace suggest

namespace {

struct Pair {
    int a = 0; ///< indexes into the pool
    int b = 0;
    QVector<Id> topics;
    QVector<Id> events;
    double purpose = 0;
};

QString sentence(const Suggestion& sg, const QStringList& topicNames, const QStringList& eventNames,
                 bool eventAhead, double bridge) {
    const QString a = sg.people.at(0).name, b = sg.people.at(1).name;
    QStringList reasons;
    if (!topicNames.isEmpty())
        reasons << QCoreApplication::translate("Suggestions", "both care about %1")
                       .arg(topicNames.mid(0, 2).join(QCoreApplication::translate("Suggestions", " and ")));
    if (!eventNames.isEmpty())
        reasons << (eventAhead ? QCoreApplication::translate("Suggestions", "both are going to %1")
                               : QCoreApplication::translate("Suggestions", "both were at %1"))
                       .arg(eventNames.first());
    const QString circles =
        bridge >= 0.75 ? QCoreApplication::translate(
                             "Suggestions", "they move in different circles, so you would bridge them")
                       : QCoreApplication::translate("Suggestions", "they share some acquaintances");
    return QCoreApplication::translate("Suggestions",
                                       "%1 and %2 %3, you know both, and they are not connected "
                                       "yet; %4.")
        .arg(a, b, reasons.join(QCoreApplication::translate("Suggestions", " and ")), circles);
}

} // namespace

Result<QVector<Suggestion>> IntroduceRanker::rank(int limit) const {
    const auto& s = m_context.settings;
    const QDateTime now = m_context.now;
    auto pool =
        m_context.facts.knownPeople(healthLogBelow(s.introduceMinHealth, now, s.health), s.introducePool);
    if (!pool)
        return pool.error();
    auto feedback = m_context.feedback(SuggestionKind::Introduce);
    if (!feedback)
        return feedback.error();
    QVector<Id> ids;
    QHash<Id, int> index;
    for (const PersonFacts& p : *pool) {
        index.insert(p.id, int(ids.size()));
        ids.push_back(p.id);
    }
    auto topics = m_context.facts.personTopics(ids);
    auto events = m_context.facts.eventsOf(ids);
    auto ties = m_context.facts.tiesTouching(ids);
    if (!topics || !events || !ties)
        return !topics ? topics.error() : !events ? events.error() : ties.error();

    QVector<QSet<Id>> neighbours(ids.size());
    for (const auto& [a, b] : *ties) {
        if (const auto it = index.constFind(a); it != index.cend())
            neighbours[*it].insert(b);
        if (const auto it = index.constFind(b); it != index.cend())
            neighbours[*it].insert(a);
    }

    // Candidate pairs: members of the same topic or the same event.
    QHash<Id, QVector<int>> byTopic, byEvent;
    for (int i = 0; i < ids.size(); ++i) {
        for (const auto& [topic, weight] : topics->value(ids[i]))
            byTopic[topic].push_back(i);
        for (Id e : events->value(ids[i]))
            byEvent[e].push_back(i);
    }
    QHash<quint64, Pair> pairs;
    auto visit = [&](const QHash<Id, QVector<int>>& groups, bool topic) {
        for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
            const auto& members = g.value();
            for (int x = 0; x < members.size(); ++x) {
                for (int y = x + 1; y < members.size(); ++y) {
                    const int a = std::min(members[x], members[y]), b = std::max(members[x], members[y]);
                    Pair& p = pairs[(quint64(a) << 32) | quint64(b)];
                    p.a = a;
                    p.b = b;
                    (topic ? p.topics : p.events).push_back(g.key());
                }
            }
        }
    };
    visit(byTopic, true);
    visit(byEvent, false);

    const auto weightOf = [&](Id person, Id topic) {
        for (const auto& [t, w] : topics->value(person)) {
            if (t == topic)
                return w;
        }
        return 0.0;
    };
    QVector<Suggestion> all;
    QHash<QString, Pair> pairOf;
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        Pair& p = it.value();
        const PersonFacts& a = pool->at(p.a);
        const PersonFacts& b = pool->at(p.b);
        if (neighbours[p.a].contains(b.id))
            continue; // already tied
        const QString key = suggest::pairKey(a.id, b.id);
        const auto fb = feedback->constFind(key);
        // Dismissed or done, an introduction is over for good; snoozed, it waits.
        if (fb != feedback->cend() &&
            (fb->action != FeedbackAction::Snoozed || suggest::hiddenBy(&*fb, now, {}, s.doneQuietDays)))
            continue;
        std::sort(p.topics.begin(), p.topics.end());
        std::sort(p.events.begin(), p.events.end());
        QVector<double> overlaps;
        for (Id t : p.topics)
            overlaps.push_back(std::min(weightOf(a.id, t), weightOf(b.id, t)));
        std::sort(overlaps.begin(), overlaps.end());
        double purpose = 0;
        for (double o : overlaps)
            purpose += o;
        p.purpose = std::min(1.0, purpose);
        QSet<Id> na = neighbours[p.a], nb = neighbours[p.b];
        na.remove(b.id);
        nb.remove(a.id);
        const double ha = suggest::health(a.healthLog, now, s.health);
        const double hb = suggest::health(b.healthLog, now, s.health);

        Suggestion sg;
        sg.kind = SuggestionKind::Introduce;
        sg.action = QStringLiteral("introduce");
        sg.subjectKey = key;
        const bool aFirst = a.name < b.name || (a.name == b.name && a.id < b.id);
        sg.people = aFirst ? QVector<SuggestedPerson>{{a.id, a.name, a.stance}, {b.id, b.name, b.stance}}
                           : QVector<SuggestedPerson>{{b.id, b.name, b.stance}, {a.id, a.name, a.stance}};
        sg.object = {
            SuggestionObjectType::Pair,
            0,
            QCoreApplication::translate("Suggestions", "%1 and %2").arg(sg.people[0].name, sg.people[1].name),
            {},
            {}};
        sg.components = {
            {QStringLiteral("purpose"), p.purpose, s.introducePurpose, false},
            {QStringLiteral("events"), 1.0 - std::exp2(-double(p.events.size())), s.introduceEvents, false},
            {QStringLiteral("familiarity"), std::min(ha, hb) / 100.0, s.introduceFamiliarity, false},
            {QStringLiteral("bridge"), suggest::bridge(na, nb), s.introduceBridge, false},
        };
        sg.score = Suggestion::scoreOf(sg.components);
        pairOf.insert(key, p);
        all.push_back(sg);
    }
    suggest::rank(all);
    if (limit >= 0 && all.size() > limit)
        all.resize(limit);

    // Sentences for the shown pairs only: topic and event names.
    QHash<Id, QString> topicNames;
    if (auto list = m_context.workspace.topics().list()) {
        for (const Topic& t : *list)
            topicNames.insert(t.id, t.name);
    }
    for (auto& sg : all) {
        const Pair p = pairOf.value(sg.subjectKey);
        QStringList tn, en;
        bool ahead = false;
        for (Id t : p.topics)
            tn << topicNames.value(t);
        for (Id e : p.events) {
            if (auto event = m_context.workspace.events().get(e)) {
                en << event->name;
                ahead = event->startsOn > now.date();
            }
            if (!en.isEmpty())
                break;
        }
        sg.explanation = sentence(sg, tn, en, ahead, sg.components.at(3).value);
    }
    return all;
}

} // namespace chorus
