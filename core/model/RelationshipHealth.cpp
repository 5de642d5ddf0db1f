#include "RelationshipHealth.h"

#include <cmath>

namespace chorus {

std::array<double, 12> HealthParameters::defaultKindWeights() {
    std::array<double, 12> weights{};
    for (const auto& info : touchpointKinds())
        weights.at(static_cast<size_t>(info.kind)) = info.defaultWeight;
    return weights;
}

QDateTime healthEpoch() {
    return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
}

namespace {
double halfLives(const QDateTime& from, const QDateTime& to, const HealthParameters& p) {
    const double days = static_cast<double>(from.secsTo(to)) / 86400.0;
    return days / std::max(p.halfLifeDays, 1.0);
}
} // namespace

double healthLogTerm(double weight, const QDateTime& at, const HealthParameters& parameters) {
    return std::log2(std::max(weight, 1e-9)) + halfLives(healthEpoch(), at, parameters);
}

double rawHealth(std::optional<double> healthLog, const QDateTime& now, const HealthParameters& parameters) {
    if (!healthLog)
        return 0.0;
    return std::exp2(*healthLog - halfLives(healthEpoch(), now, parameters));
}

double healthScore(std::optional<double> healthLog, const QDateTime& now,
                   const HealthParameters& parameters) {
    const double raw = rawHealth(healthLog, now, parameters);
    return 100.0 * (1.0 - std::exp2(-raw / std::max(parameters.scale, 0.1)));
}

double healthLogBelow(double score, const QDateTime& now, const HealthParameters& parameters) {
    const double fraction = std::clamp(1.0 - score / 100.0, 1e-12, 1.0);
    const double raw = -std::max(parameters.scale, 0.1) * std::log2(fraction);
    return std::log2(std::max(raw, 1e-300)) + halfLives(healthEpoch(), now, parameters);
}

} // namespace chorus
