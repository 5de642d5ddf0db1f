#include "ReconnectRanker.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace chorus {
namespace {
/// Touchpoints at which the history together counts in full.
constexpr double kInvestmentFull = 40.0;
} // namespace

Result<QVector<Suggestion>>
ReconnectRanker::followUps(const QHash<QString, SuggestionFeedback>& feedback) const {
    const auto& s = m_context.settings;
    const QDateTime now = m_context.now;
    auto due = m_context.workspace.followUps().dueBy(now.date());
    if (!due)
        return due.error();
    QVector<Id> ids;
    for (const FollowUp& f : *due)
        ids.push_back(f.personId);
    auto people = m_context.facts.people(ids);
    if (!people)
        return people.error();
    QHash<Id, PersonFacts> byId;
    for (const PersonFacts& p : *people)
        byId.insert(p.id, p);

    QVector<Suggestion> out;
    for (const FollowUp& f : *due) {
        if (!byId.contains(f.personId))
            continue; // archived
        const QString key = QStringLiteral("followup:%1").arg(f.id);
        const auto fb = feedback.constFind(key);
        if (suggest::hiddenBy(fb == feedback.cend() ? nullptr : &*fb, now, {}, s.doneQuietDays))
            continue;
        const PersonFacts& p = byId.value(f.personId);
        const int late = int(f.effectiveDue().daysTo(now.date()));
        Suggestion sg;
        sg.kind = SuggestionKind::Reconnect;
        sg.action = QStringLiteral("follow-up");
        sg.subjectKey = key;
        sg.people = {{p.id, p.name, p.stance}};
        sg.object = {SuggestionObjectType::FollowUp,
                     f.id,
                     f.title,
                     {},
                     QDateTime(f.effectiveDue(), QTime(0, 0), Qt::UTC)};
        sg.components = {
            {QStringLiteral("promise"), 1.0, s.followUpPromise, false},
            {QStringLiteral("lateness"), std::min(1.0, double(late) / 30.0), s.followUpLateness, false},
        };
        sg.score = Suggestion::scoreOf(sg.components);
        sg.explanation = late <= 0
                             ? QCoreApplication::translate("Suggestions", "You promised %1: %2 — due today.")
                                   .arg(p.name, suggest::quoted(f.title))
                             : QCoreApplication::translate("Suggestions", "You promised %1: %2 — due %3.")
                                   .arg(p.name, suggest::quoted(f.title),
                                        suggest::ago(QDateTime(f.effectiveDue(), QTime(0, 0), Qt::UTC), now));
        out.push_back(sg);
    }
    return out;
}

Result<QVector<Suggestion>> ReconnectRanker::rank(int limit) const {
    const auto& s = m_context.settings;
    const QDateTime now = m_context.now;
    auto feedback = m_context.feedback(SuggestionKind::Reconnect);
    if (!feedback)
        return feedback.error();
    auto promised = followUps(*feedback);
    if (!promised)
        return promised.error();
    QVector<Suggestion> all = *promised;
    suggest::rank(all);

    // Cold people best first by the three components stored on their row (history, alignment, coldness);
    // reciprocity, at most 1, needs their touchpoints, so pages are read until no unread person can beat the
    // last of the list.
    ColdOrder order;
    order.investmentWeight = s.reconnectInvestment;
    order.investmentFull = kInvestmentFull;
    order.alignmentWeight = s.reconnectAlignment;
    for (Stance stance :
         {Stance::Champion, Stance::Advocate, Stance::Supporter, Stance::Neutral, Stance::Unknown})
        order.alignment.insert(stance, suggest::alignment(stance));
    order.coldnessWeight = s.reconnectColdness;
    order.halfLivesNow = double(healthEpoch().secsTo(now)) / 86400.0 / std::max(s.health.halfLifeDays, 1.0);
    order.healthScale = std::max(s.health.scale, 0.1);
    const double coldBelow = healthLogBelow(s.reconnectColdHealth, now, s.health);
    const int page = std::max(50, s.reconnectPool);
    const double best =
        s.reconnectInvestment + s.reconnectAlignment + s.reconnectColdness + s.reconnectReciprocity;
    // When promises already fill the list above anything a cold relationship could score, skip the search.
    const bool full = limit >= 0 && all.size() >= limit && best < all[limit - 1].score - 1e-9;
    for (int offset = 0; !full; offset += page) {
        if (limit >= 0 && all.size() > limit)
            all.resize(limit);
        QVector<double> partial;
        auto cold =
            m_context.facts.coldPeople(coldBelow, s.reconnectMinTouchpoints, order, page, offset, &partial);
        if (!cold)
            return cold.error();
        QVector<const PersonFacts*> candidates;
        QVector<Id> ids;
        bool done = false;
        for (int i = 0; i < cold->size(); ++i) {
            if (limit >= 0 && all.size() >= limit &&
                partial[i] + s.reconnectReciprocity < all[limit - 1].score - 1e-9) {
                done = true;
                break;
            }
            const PersonFacts& p = cold->at(i);
            const auto fb = feedback->constFind(QStringLiteral("person:%1").arg(p.id));
            if (suggest::hiddenBy(fb == feedback->cend() ? nullptr : &*fb, now, {}, s.doneQuietDays))
                continue;
            candidates.push_back(&p);
            ids.push_back(p.id);
        }
        auto scored = relationships(candidates, ids);
        if (!scored)
            return scored.error();
        all += *scored;
        suggest::rank(all);
        if (done || cold->size() < page)
            break;
    }
    if (limit >= 0 && all.size() > limit)
        all.resize(limit);
    return all;
}

Result<QVector<Suggestion>> ReconnectRanker::relationships(const QVector<const PersonFacts*>& candidates,
                                                           const QVector<Id>& ids) const {
    const auto& s = m_context.settings;
    const QDateTime now = m_context.now;
    // Reciprocity over the whole history: a relationship gone cold has no recent touchpoints.
    auto engagement = m_context.facts.engagement(ids, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    if (!engagement)
        return engagement.error();

    QVector<Suggestion> out;
    for (const PersonFacts* p : candidates) {
        const EngagementFacts e = engagement->value(p->id);
        const double h = suggest::health(p->healthLog, now, s.health);
        const double recip = suggest::reciprocity(e.inbound, e.outbound, e.outboundTwoWay);
        Suggestion sg;
        sg.kind = SuggestionKind::Reconnect;
        sg.action = QStringLiteral("reconnect");
        sg.subjectKey = QStringLiteral("person:%1").arg(p->id);
        sg.people = {{p->id, p->name, p->stance}};
        sg.object = {SuggestionObjectType::Person, p->id, p->name, {}, p->lastTouchpointAt};
        sg.components = {
            {QStringLiteral("investment"),
             std::min(1.0, std::log1p(double(p->touchpointCount)) / std::log1p(kInvestmentFull)),
             s.reconnectInvestment, false},
            {QStringLiteral("alignment"), suggest::alignment(p->stance), s.reconnectAlignment, false},
            {QStringLiteral("coldness"), 1.0 - h / 100.0, s.reconnectColdness, false},
            {QStringLiteral("reciprocity"), recip, s.reconnectReciprocity, false},
        };
        sg.score = Suggestion::scoreOf(sg.components);
        const QDateTime last = p->lastTwoWayAt.isValid() ? p->lastTwoWayAt : p->lastTouchpointAt;
        sg.explanation =
            QCoreApplication::translate("Suggestions",
                                        "You and %1 (%2) have %3 touchpoints behind you%4, but the last real "
                                        "exchange was %5; health is down to %6.")
                .arg(p->name, stanceLabel(p->stance).toLower())
                .arg(p->touchpointCount)
                .arg(recip >= 0.5 ? QCoreApplication::translate("Suggestions", " and they engage back")
                                  : QString(),
                     suggest::ago(last, now))
                .arg(std::round(h));
        out.push_back(sg);
    }
    return out;
}

} // namespace chorus
