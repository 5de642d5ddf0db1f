#pragma once

#include "SuggestionContext.h"

#include <QSet>

namespace chorus {

/// Introduce: two people the user knows, who share a purpose (topics, events) and are not tied yet.
/// An introduction across two circles (few or no ties in common) is worth more: it bridges communities.
/// A pair the user dismissed never returns.
class IntroduceRanker final {
public:
    explicit IntroduceRanker(const SuggestionContext& context)
        : m_context(context) {}
    Result<QVector<Suggestion>> rank(int limit) const;

private:
    const SuggestionContext& m_context;
};

namespace suggest {
/// 1 − |A ∩ B| / |A ∪ B| of two people's ties (each without the other): 1 when their circles do not meet.
double bridge(const QSet<Id>& a, const QSet<Id>& b);
QString pairKey(Id a, Id b);
} // namespace suggest

} // namespace chorus
