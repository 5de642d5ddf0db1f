#pragma once

#include "SuggestionContext.h"

namespace chorus {

/// Reconnect: follow-ups that were promised and are due (first: a promise is a promise), then valued
/// relationships (history together, alignment, they engaged back) whose health has decayed.
class ReconnectRanker final {
public:
    explicit ReconnectRanker(const SuggestionContext& context)
        : m_context(context) {}
    Result<QVector<Suggestion>> rank(int limit) const;

private:
    Result<QVector<Suggestion>> followUps(const QHash<QString, SuggestionFeedback>& feedback) const;
    Result<QVector<Suggestion>> relationships(const QVector<const PersonFacts*>& candidates,
                                              const QVector<Id>& ids) const;

    const SuggestionContext& m_context;
};

} // namespace chorus
