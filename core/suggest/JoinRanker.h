#pragma once

#include "SuggestionContext.h"

namespace chorus {

/// Join: threads with topic fit, aligned people present and fresh activity, small enough that one more
/// voice matters, where the user has not already said most. Threads the user hosts become "curate".
/// Threads started by an influential sceptic are left to the caution list (listen, don't pitch).
class JoinRanker final {
public:
    explicit JoinRanker(const SuggestionContext& context)
        : m_context(context) {}
    Result<QVector<Suggestion>> rank(int limit) const;

private:
    const SuggestionContext& m_context;
};

namespace suggest {
/// 1 for a handful of people, ½ at `pivot` participants, falling beyond it.
double threadSize(int participants, double pivot);
/// (1 − the user's share of the messages)²: 1 when the user has not spoken.
double room(int selfMessages, int messages);
} // namespace suggest

} // namespace chorus
