#include "StanceMovements.h"

#include "Rng.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace chorus {
namespace {
// The ladder people climb, least aligned first.
constexpr std::array<Stance, 5> kLadder{Stance::Sceptic, Stance::Neutral, Stance::Supporter, Stance::Advocate,
                                        Stance::Champion};

int rung(Stance s) {
    const auto it = std::find(kLadder.begin(), kLadder.end(), s);
    return it == kLadder.end() ? -1 : int(it - kLadder.begin());
}
} // namespace

QVector<StanceChange> inventStancePast(quint64 seed, Stance now, const QDateTime& created,
                                       const QDateTime& anchor) {
    Rng rng(seed * 0x9e3779b97f4a7c15ULL + 0x5157ULL);
    const int top = rung(now);
    int steps = 0; // > 0: climbed to `now`; < 0: fell to `now`
    if (top >= 1 && rng.chance(top >= 2 ? 0.28 : 0.18))
        steps = std::min(top, rng.chance(0.3) ? 2 : 1);
    else if (top >= 0 && top + 1 < int(kLadder.size()) && rng.chance(0.04))
        steps = -1;
    const qint64 span = created.secsTo(anchor);
    if (steps == 0 || span < 86400)
        return {{0, {}, std::nullopt, now, created}};

    // Change times after creation, denser toward the anchor (most movement shows in recent months).
    QVector<qint64> ago;
    for (int i = 0; i < std::abs(steps); ++i) {
        const double days = -std::log(1.0 - rng.unit() * 0.999) * 100.0;
        ago << std::clamp<qint64>(qint64(days * 86400.0), 3600, span - 3600);
    }
    std::sort(ago.begin(), ago.end(), std::greater<>());
    int at = steps > 0 ? top - steps : top + 1;
    QVector<StanceChange> out{{0, {}, std::nullopt, kLadder[size_t(at)], created}};
    for (qint64 back : ago) {
        const int next = steps > 0 ? at + 1 : at - 1;
        out.push_back({0, {}, kLadder[size_t(at)], kLadder[size_t(next)], anchor.addSecs(-back)});
        at = next;
    }
    return out;
}

} // namespace chorus
