#pragma once

#include "SuggestionContext.h"

namespace chorus {

/// Caution: not an action list. Influential sceptics, widest reach and freshest words first, each with
/// "listen, don't pitch". They never appear as people to support or threads to join.
class CautionRanker final {
public:
    explicit CautionRanker(const SuggestionContext& context)
        : m_context(context) {}
    Result<QVector<Suggestion>> rank(int limit) const;

private:
    const SuggestionContext& m_context;
};

} // namespace chorus
