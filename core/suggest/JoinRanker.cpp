#include "JoinRanker.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace chorus {
namespace suggest {

double threadSize(int participants, double pivot) {
    const double n = std::max(participants, 1);
    return 1.0 / (1.0 + std::pow(n / std::max(pivot, 1.0), 2.0));
}

double room(int selfMessages, int messages) {
    if (messages <= 0)
        return 1.0;
    const double share = std::clamp(double(selfMessages) / double(messages), 0.0, 1.0);
    return (1.0 - share) * (1.0 - share);
}

} // namespace suggest

namespace {

QString sentence(const ThreadFacts& t, const QVector<ThreadPerson>& aligned, bool curate, bool onFocus,
                 const QDateTime& now) {
    QString who;
    if (!aligned.isEmpty()) {
        QStringList names;
        for (int i = 0; i < std::min<int>(2, aligned.size()); ++i)
            names << aligned[i].name;
        const int others = int(aligned.size()) - int(names.size());
        const QString listed = names.join(QCoreApplication::translate("Suggestions", " and "));
        if (others == 1)
            who = QCoreApplication::translate("Suggestions", "%1 and one other aligned person are in it")
                      .arg(names.join(QStringLiteral(", ")));
        else if (others > 1)
            who = QCoreApplication::translate("Suggestions", "%1 and %2 other aligned people are in it")
                      .arg(names.join(QStringLiteral(", ")))
                      .arg(others);
        else if (names.size() == 1)
            who = QCoreApplication::translate("Suggestions", "%1 is in it").arg(listed);
        else
            who = QCoreApplication::translate("Suggestions", "%1 are in it").arg(listed);
    } else {
        who =
            t.participants == 1
                ? QCoreApplication::translate("Suggestions", "one other person is in it")
                : QCoreApplication::translate("Suggestions", "%1 other people are in it").arg(t.participants);
    }
    const QString about =
        onFocus ? QCoreApplication::translate("Suggestions", " on a focus topic") : QString();
    if (curate)
        return QCoreApplication::translate("Suggestions",
                                           "You host %1%2, active %3; %4: curate it (thank, summarise, "
                                           "bring someone in).")
            .arg(suggest::quoted(t.title), about, suggest::ago(t.lastActivityAt, now), who);
    const QString spoken = t.selfMessages > 0
                               ? QCoreApplication::translate("Suggestions", "you wrote %1 of its %2 messages")
                                     .arg(t.selfMessages)
                                     .arg(t.messages)
                               : QCoreApplication::translate("Suggestions", "you have not spoken there yet");
    return QCoreApplication::translate("Suggestions", "%1%2 was active %3; %4, and %5.")
        .arg(suggest::quoted(t.title), about, suggest::ago(t.lastActivityAt, now), who, spoken);
}

} // namespace

Result<QVector<Suggestion>> JoinRanker::rank(int limit) const {
    const auto& s = m_context.settings;
    const QDateTime now = m_context.now;
    auto heads = m_context.facts.activeThreadHeads(now.addSecs(-qint64(s.joinWindowDays * 86400)));
    if (!heads)
        return heads.error();
    auto feedback = m_context.feedback(SuggestionKind::Join);
    if (!feedback)
        return feedback.error();
    QSet<Id> onFocus;
    if (!m_context.focusTopics.isEmpty()) {
        auto ids = m_context.facts.conversationsOnTopics(
            QVector<Id>(m_context.focusTopics.cbegin(), m_context.focusTopics.cend()));
        if (!ids)
            return ids.error();
        onFocus = *ids;
    }
    const auto fitOf = [&](Id id) {
        return m_context.focusTopics.isEmpty() ? 0.5 : onFocus.contains(id) ? 1.0 : 0.0;
    };

    // Best first by an upper bound (freshness and topic fit are known; the rest at most 1), then read the
    // threads' aggregates in batches until no unread thread can beat the last of the list.
    struct Bounded {
        double bound;
        const ThreadHead* head;
    };
    QVector<Bounded> order;
    order.reserve(heads->size());
    for (const ThreadHead& h : *heads) {
        if (h.lastActivityAt > now)
            continue;
        const double bound =
            s.joinFreshness * suggest::decay(h.lastActivityAt, now, s.joinFreshHalfLifeDays) +
            s.joinTopicFit * fitOf(h.id) + s.joinAlignedPresent + s.joinSize;
        order.push_back({bound, &h});
    }
    std::sort(order.begin(), order.end(), [](const Bounded& x, const Bounded& y) {
        return x.bound != y.bound ? x.bound > y.bound : x.head->id < y.head->id;
    });

    QVector<Suggestion> all;
    QHash<Id, ThreadFacts> factsById;
    constexpr int kBatch = 256;
    for (int from = 0; from < order.size(); from += kBatch) {
        if (limit >= 0 && all.size() >= limit && order[from].bound < all[limit - 1].score - 1e-9)
            break;
        QVector<Id> ids;
        for (int i = from; i < std::min<int>(from + kBatch, order.size()); ++i)
            ids.push_back(order[i].head->id);
        auto threads = m_context.facts.threads(ids);
        if (!threads)
            return threads.error();
        for (const ThreadFacts& t : *threads) {
            if (t.participants == 0)
                continue;
            // An influential sceptic's thread is a place to listen, not to pitch: the caution list has it.
            if (t.starterStance == Stance::Sceptic && t.starterReach >= s.cautionMinReach)
                continue;
            const auto it = feedback->constFind(QStringLiteral("conversation:%1").arg(t.id));
            if (suggest::hiddenBy(it == feedback->cend() ? nullptr : &*it, now, t.lastActivityAt,
                                  s.doneQuietDays))
                continue;
            const bool curate = t.selfStarted || t.status == ConversationStatus::Hosting;
            Suggestion sg;
            sg.kind = SuggestionKind::Join;
            sg.action = curate ? QStringLiteral("curate") : QStringLiteral("join");
            sg.subjectKey = QStringLiteral("conversation:%1").arg(t.id);
            sg.object = {SuggestionObjectType::Thread, t.id, t.title, QUrl(t.url), t.lastActivityAt};
            sg.components = {
                {QStringLiteral("freshness"), suggest::decay(t.lastActivityAt, now, s.joinFreshHalfLifeDays),
                 s.joinFreshness, false},
                {QStringLiteral("topic_fit"), fitOf(t.id), s.joinTopicFit, false},
                {QStringLiteral("aligned_present"), 1.0 - std::exp2(-double(t.alignedPresent) / 2.0),
                 s.joinAlignedPresent, false},
                {QStringLiteral("size"), suggest::threadSize(t.participants, s.joinSizePivot), s.joinSize,
                 false},
            };
            // A host is expected to speak often; a guest who already dominates should make room.
            if (!curate)
                sg.components.push_back(
                    {QStringLiteral("room"), suggest::room(t.selfMessages, t.messages), 1.0, true});
            sg.score = Suggestion::scoreOf(sg.components);
            factsById.insert(t.id, t);
            all.push_back(sg);
        }
        suggest::rank(all);
        if (limit >= 0 && all.size() > limit)
            all.resize(limit);
    }

    // Name the aligned people present, for the top items only.
    QVector<Id> shown;
    for (const auto& sg : all)
        shown.push_back(sg.object.id);
    auto people = m_context.facts.threadPeople(shown);
    if (!people)
        return people.error();
    QHash<Id, QVector<ThreadPerson>> alignedIn;
    for (const ThreadPerson& p : *people) {
        if (isAligned(p.stance))
            alignedIn[p.conversationId].push_back(p);
    }
    for (auto& sg : all) {
        const auto aligned = alignedIn.value(sg.object.id);
        for (int i = 0; i < std::min<int>(3, aligned.size()); ++i)
            sg.people.push_back({aligned[i].personId, aligned[i].name, aligned[i].stance});
        const bool onFocus = sg.components.at(1).value >= 1.0 && !m_context.focusTopics.isEmpty();
        sg.explanation = sentence(factsById.value(sg.object.id), aligned,
                                  sg.action == QLatin1String("curate"), onFocus, now);
    }
    return all;
}

} // namespace chorus
