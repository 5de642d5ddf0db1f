#pragma once

#include "TouchpointKind.h"

#include <QDateTime>

#include <array>
#include <optional>

namespace chorus {

/// How touchpoints add up to relationship health (DESIGN.md §4).
///
/// raw(now) = Σ weight(kind) · 2^(−age/halfLife), summed over the person's touchpoints (inbound count as much
/// as outbound: both are exchanges), and health = 100 · (1 − 2^(−raw/scale)), so one recent meeting is ≈ 30
/// and a living relationship approaches 100. Storage keeps log2 of the sum relative to a fixed epoch, which
/// lets 100,000 people be ordered by health with an index: raw(now) = 2^(healthLog − (now − epoch)/halfLife).
struct HealthParameters {
    double halfLifeDays = 45.0;
    double scale = 8.0;
    std::array<double, 12> kindWeights = defaultKindWeights();

    static std::array<double, 12> defaultKindWeights();
    double weight(TouchpointKind kind) const { return kindWeights.at(static_cast<size_t>(kind)); }
    bool operator==(const HealthParameters&) const = default;
};

/// The fixed reference time of stored health logs.
QDateTime healthEpoch();
/// log2 of one touchpoint's contribution relative to the epoch.
double healthLogTerm(double weight, const QDateTime& at, const HealthParameters& parameters);
/// The raw decayed sum at `now`, from a stored log (no touchpoints: 0).
double rawHealth(std::optional<double> healthLog, const QDateTime& now, const HealthParameters& parameters);
/// 0..100 for display and suggestions.
double healthScore(std::optional<double> healthLog, const QDateTime& now, const HealthParameters& parameters);
/// The stored-log bound under which health at `now` is below `score` (for "going cold" filters in SQL).
double healthLogBelow(double score, const QDateTime& now, const HealthParameters& parameters);

} // namespace chorus
