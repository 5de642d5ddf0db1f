#include "CautionRanker.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace chorus {

Result<QVector<Suggestion>> CautionRanker::rank(int limit) const {
    const auto& s = m_context.settings;
    const QDateTime now = m_context.now;
    // The widest voices first; a few hundred is plenty for a list that shows a handful.
    const int pool = limit < 0 ? 100000 : std::max(200, limit * 10);
    auto sceptics = m_context.facts.influentialSceptics(s.cautionMinReach, pool);
    if (!sceptics)
        return sceptics.error();
    auto feedback = m_context.feedback(SuggestionKind::Caution);
    if (!feedback)
        return feedback.error();
    QVector<Id> ids;
    for (const PersonFacts& p : *sceptics)
        ids.push_back(p.id);
    auto posts = m_context.facts.latestPosts(ids, now.addDays(-30));
    if (!posts)
        return posts.error();

    QVector<Suggestion> all;
    for (const PersonFacts& p : *sceptics) {
        const auto post = posts->constFind(p.id);
        const bool hasPost = post != posts->cend() && post->startedAt <= now;
        const auto fb = feedback->constFind(QStringLiteral("person:%1").arg(p.id));
        if (suggest::hiddenBy(fb == feedback->cend() ? nullptr : &*fb, now,
                              hasPost ? post->startedAt : QDateTime(), s.doneQuietDays))
            continue;
        const double reach = double(std::max<qint64>(p.reach.value_or(0), 1));
        Suggestion sg;
        sg.kind = SuggestionKind::Caution;
        sg.action = QStringLiteral("listen");
        sg.subjectKey = QStringLiteral("person:%1").arg(p.id);
        sg.people = {{p.id, p.name, p.stance}};
        sg.object = hasPost ? SuggestionObject{SuggestionObjectType::Post, post->conversationId, post->title,
                                               QUrl(post->url), post->startedAt}
                            : SuggestionObject{SuggestionObjectType::Person, p.id, p.name, {}, {}};
        sg.components = {
            {QStringLiteral("influence"), std::min(1.0, std::log10(reach) / 6.0), s.cautionInfluence, false},
            {QStringLiteral("freshness"), hasPost ? suggest::decay(post->startedAt, now, 7.0) : 0.0,
             s.cautionFreshness, false},
        };
        sg.score = Suggestion::scoreOf(sg.components);
        sg.explanation =
            hasPost
                ? QCoreApplication::translate("Suggestions",
                                              "%1 is a sceptic with %2 followers and posted %3 %4: read it "
                                              "and listen; don't pitch.")
                      .arg(p.name, suggest::audience(p.reach.value_or(0)), suggest::quoted(post->title),
                           suggest::ago(post->startedAt, now))
                : QCoreApplication::translate("Suggestions",
                                              "%1 is a sceptic with %2 followers: listen to what they say; "
                                              "don't pitch.")
                      .arg(p.name, suggest::audience(p.reach.value_or(0)));
        all.push_back(sg);
    }
    suggest::rank(all);
    if (limit >= 0 && all.size() > limit)
        all.resize(limit);
    return all;
}

} // namespace chorus
