#pragma once

#include "Figures.h"
#include "util/Result.h"

namespace chorus::bench {

/// A whole-workspace duplicate scan (read, normalise, block, compare, group), `runs` times.
Result<Figure> measureDuplicateScan(const QString& path, int runs);
/// Match candidates for a person being typed: `count` stored names with one letter changed, as a user
/// mistypes them, plus the organisation; one run each.
Result<Figure> measureCandidates(const QString& path, int count, quint64 seed);

} // namespace chorus::bench
