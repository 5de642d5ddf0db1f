#include "SupportRanker.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace chorus {
namespace suggest {

double voice(const std::optional<qint64>& reach, double pivot) {
    const double r = reach ? double(std::max<qint64>(*reach, 0)) : pivot;
    return 1.0 / (1.0 + std::sqrt(r / std::max(pivot, 1.0)));
}

double growth(const QVector<std::pair<QDate, qint64>>& samples, double fullMonthly, double* monthly) {
    if (monthly)
        *monthly = 0;
    if (samples.size() < 2)
        return 0.5;
    const auto& first = samples.first();
    const auto& last = samples.last();
    const double months = double(first.first.daysTo(last.first)) / 30.4;
    if (months < 0.9 || first.second <= 0)
        return 0.5;
    const double rate =
        std::pow(double(std::max<qint64>(last.second, 0)) / double(first.second), 1.0 / months) - 1.0;
    if (monthly)
        *monthly = rate;
    return std::clamp(0.5 + 0.5 * rate / std::max(fullMonthly, 1e-6), 0.0, 1.0);
}

} // namespace suggest

namespace {

/// The topic a person cares most about stands for their community when spreading the top of the list.
Id community(const QVector<std::pair<Id, double>>& topics) {
    Id best = 0;
    double weight = -1;
    for (const auto& [topic, w] : topics) {
        if (w > weight) {
            best = topic;
            weight = w;
        }
    }
    return best;
}

QString sentence(const PostFacts& post, const QDateTime& now, double monthly, const QDateTime& lastSupport,
                 bool onFocus) {
    const auto& a = post.author;
    QStringList facts{stanceLabel(a.stance).toLower()};
    if (a.reach)
        facts << QCoreApplication::translate("Suggestions", "%1 followers").arg(suggest::audience(*a.reach));
    if (monthly > 0.02)
        facts << QCoreApplication::translate("Suggestions", "+%1% a month").arg(std::round(monthly * 100.0));
    QStringList reasons;
    if (monthly > 0.02)
        reasons << QCoreApplication::translate("Suggestions", "a voice that is growing");
    else if (a.reach && *a.reach < 5000)
        reasons << QCoreApplication::translate("Suggestions", "a voice that a share still helps");
    const double days = suggest::daysBetween(lastSupport, now);
    if (!lastSupport.isValid())
        reasons << QCoreApplication::translate("Suggestions", "you have not amplified them before");
    else if (days < 2)
        reasons << QCoreApplication::translate("Suggestions", "though you already supported them %1")
                       .arg(suggest::ago(lastSupport, now));
    else
        reasons << QCoreApplication::translate("Suggestions", "you have not amplified them in %1")
                       .arg(suggest::span(days));
    const QString about =
        onFocus ? QCoreApplication::translate("Suggestions", " (a focus topic)") : QString();
    return QCoreApplication::translate("Suggestions", "%1 (%2) posted %3%4 %5; %6.")
        .arg(a.name, facts.join(QStringLiteral(", ")), suggest::quoted(post.title), about,
             suggest::ago(post.startedAt, now),
             reasons.join(QCoreApplication::translate("Suggestions", ", and ")));
}

struct Scored {
    Suggestion suggestion;
    Id community = 0;
};

/// Spreads the top across communities: each pick lowers the rest of its community by the variety factor.
/// Each community keeps its own ranked queue, so a pick compares only the heads of the queues.
QVector<Suggestion> spread(const QVector<Scored>& scored, int limit, double varietyFactor) {
    QVector<Suggestion> all;
    QHash<Id, Id> communityOf;
    for (const auto& x : scored) {
        all.push_back(x.suggestion);
        communityOf.insert(x.suggestion.people.first().id, x.community);
    }
    suggest::rank(all);
    QVector<Id> order; // communities by their best item, for a deterministic scan
    QHash<Id, QVector<int>> queues;
    for (int i = 0; i < all.size(); ++i) {
        const Id c = communityOf.value(all[i].people.first().id);
        if (!queues.contains(c))
            order.push_back(c);
        queues[c].push_back(i);
    }
    QHash<Id, int> picked, head;
    QVector<Suggestion> out;
    const int want = limit < 0 ? int(all.size()) : std::min<int>(limit, int(all.size()));
    while (out.size() < want) {
        Id bestCommunity = 0;
        double bestScore = -1;
        for (Id c : order) {
            const int h = head.value(c);
            if (h >= queues[c].size())
                continue;
            const double adjusted = all[queues[c][h]].score * std::pow(varietyFactor, picked.value(c));
            if (adjusted > bestScore + 1e-12) {
                bestScore = adjusted;
                bestCommunity = c;
            }
        }
        Suggestion sg = all[queues[bestCommunity][head[bestCommunity]++]];
        if (const int earlier = picked.value(bestCommunity); earlier > 0) {
            sg.components.push_back({QStringLiteral("variety"), std::pow(varietyFactor, earlier), 1.0, true});
            sg.score = Suggestion::scoreOf(sg.components);
        }
        picked[bestCommunity] += 1;
        out.push_back(sg);
    }
    return out;
}

} // namespace

Result<QVector<Suggestion>> SupportRanker::rank(int limit) const {
    const auto& s = m_context.settings;
    const QDateTime now = m_context.now;
    auto posts = m_context.facts.freshPostsByAligned(now.addSecs(-qint64(s.supportWindowDays * 86400)));
    if (!posts)
        return posts.error();
    auto feedback = m_context.feedback(SuggestionKind::Support);
    if (!feedback)
        return feedback.error();

    // The freshest post per person (rows come by person, newest first), unless feedback hides it.
    QVector<const PostFacts*> best;
    for (const PostFacts& post : *posts) {
        if (!isAligned(post.author.stance) || post.startedAt > now)
            continue;
        if (!best.isEmpty() && best.last()->author.id == post.author.id)
            continue;
        const QString key = QStringLiteral("person:%1").arg(post.author.id);
        const auto it = feedback->constFind(key);
        if (suggest::hiddenBy(it == feedback->cend() ? nullptr : &*it, now, post.startedAt, s.doneQuietDays))
            continue;
        best.push_back(&post);
    }
    QVector<Id> conversations;
    for (const PostFacts* post : best)
        conversations.push_back(post->conversationId);
    auto postTopics = m_context.facts.conversationTopics(conversations);
    if (!postTopics)
        return postTopics.error();
    const auto postOnFocus = [&](const PostFacts* post) {
        for (Id t : postTopics->value(post->conversationId)) {
            if (m_context.focusTopics.contains(t))
                return true;
        }
        return false;
    };

    // Best first by an upper bound: freshness, voice and alignment are known from the post and its author;
    // growth and reciprocity at most 1, topic fit at most what the post allows. Authors are then read in
    // batches until no unread post can beat the last of the list.
    struct Bounded {
        double bound;
        const PostFacts* post;
    };
    QVector<Bounded> order;
    order.reserve(best.size());
    for (const PostFacts* post : best) {
        const double fitBound = m_context.focusTopics.isEmpty() ? 0.5 : postOnFocus(post) ? 1.0 : 0.5;
        const double bound =
            s.supportFreshness * suggest::decay(post->startedAt, now, s.supportFreshHalfLifeDays) +
            s.supportVoice * suggest::voice(post->author.reach, s.voicePivotReach) + s.supportGrowth +
            s.supportAlignment * suggest::alignment(post->author.stance) + s.supportTopicFit * fitBound +
            s.supportReciprocity;
        order.push_back({bound, post});
    }
    std::sort(order.begin(), order.end(), [](const Bounded& x, const Bounded& y) {
        return x.bound != y.bound ? x.bound > y.bound : x.post->conversationId < y.post->conversationId;
    });

    QVector<Scored> scored;
    QVector<Suggestion> out;
    constexpr int kBatch = 256;
    for (int from = 0; from < order.size(); from += kBatch) {
        if (limit >= 0 && out.size() >= limit && order[from].bound < out[limit - 1].score - 1e-9)
            break;
        QVector<const PostFacts*> batch;
        QVector<Id> people;
        for (int i = from; i < std::min<int>(from + kBatch, order.size()); ++i) {
            batch.push_back(order[i].post);
            people.push_back(order[i].post->author.id);
        }
        auto engagement =
            m_context.facts.engagement(people, now.addSecs(-qint64(s.reciprocityWindowDays * 86400)));
        auto reach = m_context.facts.reachSamples(people, now.date().addYears(-1));
        auto topics = m_context.facts.personTopics(people);
        if (!engagement || !reach || !topics)
            return !engagement ? engagement.error() : !reach ? reach.error() : topics.error();
        for (const PostFacts* post : batch) {
            const bool onFocus = postOnFocus(post);
            const PersonFacts& a = post->author;
            const EngagementFacts e = engagement->value(a.id);
            // "Supported" is the user's latest amplify/help/co-create, or a support suggestion marked done.
            QDateTime lastSupport = e.lastSupportAt;
            if (const auto it = feedback->constFind(QStringLiteral("person:%1").arg(a.id));
                it != feedback->cend() && it->action == FeedbackAction::Done &&
                (!lastSupport.isValid() || it->at > lastSupport))
                lastSupport = it->at;

            double monthly = 0;
            const double growth = suggest::growth(reach->value(a.id), s.growthFullMonthly, &monthly);
            const auto personTopics = topics->value(a.id);
            double fit = 0;
            if (m_context.focusTopics.isEmpty()) {
                fit = 0.5;
            } else if (onFocus) {
                fit = 1.0;
            } else {
                for (const auto& [topic, weight] : personTopics) {
                    if (m_context.focusTopics.contains(topic))
                        fit = std::max(fit, 0.5 * weight);
                }
            }
            const double fairness =
                lastSupport.isValid() ? 1.0 - suggest::decay(lastSupport, now, s.fairnessHalfLifeDays) : 1.0;

            Suggestion sg;
            sg.kind = SuggestionKind::Support;
            sg.action = QStringLiteral("amplify");
            sg.subjectKey = QStringLiteral("person:%1").arg(a.id);
            sg.people = {{a.id, a.name, a.stance}};
            sg.object = {SuggestionObjectType::Post, post->conversationId, post->title, QUrl(post->url),
                         post->startedAt};
            sg.components = {
                {QStringLiteral("freshness"),
                 suggest::decay(post->startedAt, now, s.supportFreshHalfLifeDays), s.supportFreshness, false},
                {QStringLiteral("voice"), suggest::voice(a.reach, s.voicePivotReach), s.supportVoice, false},
                {QStringLiteral("growth"), growth, s.supportGrowth, false},
                {QStringLiteral("alignment"), suggest::alignment(a.stance), s.supportAlignment, false},
                {QStringLiteral("topic_fit"), fit, s.supportTopicFit, false},
                {QStringLiteral("reciprocity"), suggest::reciprocity(e.inbound, e.outbound, e.outboundTwoWay),
                 s.supportReciprocity, false},
                {QStringLiteral("fairness"), fairness, 1.0, true},
            };
            sg.score = Suggestion::scoreOf(sg.components);
            sg.explanation = sentence(*post, now, monthly, lastSupport, onFocus);
            scored.push_back({sg, community(personTopics)});
        }
        out = spread(scored, limit, s.varietyFactor);
    }
    return out;
}

} // namespace chorus
