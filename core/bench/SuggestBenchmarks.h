#pragma once

#include "Figures.h"
#include "util/Result.h"

#include <QDateTime>

namespace chorus::bench {

/// All five suggestion lists (ten items each) together, `runs` times, as of `at` (default: the sample's
/// anchor stored in the workspace, else now). The first run is reported apart: it reads from a cold statement
/// cache. Then each list on its own.
Result<QVector<Figure>> measureSuggestions(const QString& path, int runs, const QDateTime& at = {});

} // namespace chorus::bench
