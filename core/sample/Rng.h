#pragma once

#include <QtGlobal>

#include <cmath>
#include <vector>

namespace chorus {

/// A small deterministic generator (SplitMix64) whose sequences are the same on every platform and compiler,
/// unlike std::uniform_*_distribution. The sample generator promises byte-identical workspaces per seed.
class Rng final {
public:
    explicit Rng(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n).
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return unit() < p; }
    /// Standard normal (Box–Muller).
    double normal() {
        const double u1 = std::max(unit(), 1e-300);
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    template <typename T> const T& pick(const std::vector<T>& items) {
        return items.at(static_cast<size_t>(below(int(items.size()))));
    }
    /// Index chosen with probability proportional to its weight.
    int weighted(const std::vector<double>& weights) {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = unit() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0)
                return static_cast<int>(i);
        }
        return static_cast<int>(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

} // namespace chorus
