#include "SuggestionEngine.h"

#include "CautionRanker.h"
#include "IntroduceRanker.h"
#include "JoinRanker.h"
#include "ReconnectRanker.h"
#include "SupportRanker.h"
#include "storage/Workspace.h"

namespace chorus {

SuggestionEngine::SuggestionEngine(Workspace& workspace)
    : m_workspace(workspace)
    , m_facts(workspace.database())
    , m_settings(SuggestionSettings::load(workspace.settings())) {}

QDateTime SuggestionEngine::nowOr(const QDateTime& at) const {
    return (at.isValid() ? at : m_workspace.clock().now()).toUTC();
}

Result<QVector<Suggestion>> SuggestionEngine::list(SuggestionKind kind, int limit, const QDateTime& at) {
    auto focus = m_facts.focusTopicIds();
    if (!focus)
        return focus.error();
    const SuggestionContext context{m_workspace, m_facts, nowOr(at), m_settings,
                                    QSet<Id>(focus->cbegin(), focus->cend())};
    switch (kind) {
    case SuggestionKind::Support:
        return SupportRanker(context).rank(limit);
    case SuggestionKind::Join:
        return JoinRanker(context).rank(limit);
    case SuggestionKind::Introduce:
        return IntroduceRanker(context).rank(limit);
    case SuggestionKind::Reconnect:
        return ReconnectRanker(context).rank(limit);
    case SuggestionKind::Caution:
        break;
    }
    return CautionRanker(context).rank(limit);
}

Result<QVector<std::pair<SuggestionKind, QVector<Suggestion>>>> SuggestionEngine::all(int limitPerKind,
                                                                                      const QDateTime& at) {
    // One read transaction: the five lists see the same workspace.
    Transaction tx(m_workspace.database());
    if (!tx.started())
        return tx.started().error();
    const QDateTime now = nowOr(at);
    QVector<std::pair<SuggestionKind, QVector<Suggestion>>> out;
    for (SuggestionKind kind : allSuggestionKinds()) {
        auto list = this->list(kind, limitPerKind, now);
        if (!list)
            return list.error();
        out.push_back({kind, *list});
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return out;
}

Status SuggestionEngine::record(const Suggestion& suggestion, FeedbackAction action, const QDateTime& until,
                                const QDateTime& at) {
    SuggestionFeedback f;
    f.kind = suggestionKindKey(suggestion.kind);
    f.subjectKey = suggestion.subjectKey;
    f.action = action;
    f.at = nowOr(at);
    f.until = until;
    auto id = m_workspace.feedback().record(f);
    if (!id)
        return id.error();
    return {};
}

Status SuggestionEngine::markDone(const Suggestion& suggestion, const QDateTime& at) {
    return record(suggestion, FeedbackAction::Done, {}, at);
}

Status SuggestionEngine::dismiss(const Suggestion& suggestion, const QDateTime& at) {
    return record(suggestion, FeedbackAction::Dismissed, {}, at);
}

Status SuggestionEngine::snooze(const Suggestion& suggestion, const QDateTime& until, const QDateTime& at) {
    return record(suggestion, FeedbackAction::Snoozed, until, at);
}

} // namespace chorus
