#pragma once

#include "SuggestionContext.h"

namespace chorus {

/// Support: aligned people with a fresh piece of their own work to amplify. Growing voices over famous
/// ones, topic fit, reciprocity, and fairness (recently supported people wait; the top spans communities).
class SupportRanker final {
public:
    explicit SupportRanker(const SuggestionContext& context)
        : m_context(context) {}
    Result<QVector<Suggestion>> rank(int limit) const;

private:
    const SuggestionContext& m_context;
};

namespace suggest {
/// 1 / (1 + √(reach / pivot)): a small audience gains most from a share; unknown reach counts as the pivot.
double voice(const std::optional<qint64>& reach, double pivot);
/// Monthly growth over the samples, mapped to 0..1 (flat ½, `fullMonthly` or more 1); no trend: ½.
double growth(const QVector<std::pair<QDate, qint64>>& samples, double fullMonthly,
              double* monthly = nullptr);
} // namespace suggest

} // namespace chorus
