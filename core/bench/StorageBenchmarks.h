#pragma once

#include "Figures.h"
#include "util/Result.h"

#include <QStringList>

namespace chorus::bench {

/// The queries a user types: first and family names, organisations, topics, handles, note words, short
/// prefixes. Deterministic for a seed.
QStringList searchQueries(int count, quint64 seed);

/// Generate a workspace of `people` at `path` (which must not exist) and time it once.
Result<Figure> measureGeneration(const QString& path, int people, quint64 seed);
/// Open the workspace and read the people count, as the window does at start, `runs` times.
Result<Figure> measureOpen(const QString& path, int runs);
/// The first screenful of the people table: all ids in name order, then the first 100 rows.
Result<Figure> measureFirstPage(const QString& path, int runs);
/// A filter over all people (a stance and a free-text word), as the people view applies it.
Result<Figure> measureFilter(const QString& path, int runs);
/// Full-text search, one run per query.
Result<Figure> measureSearch(const QString& path, const QStringList& queries);
/// The workspace file and its log, in MB.
Figure fileSize(const QString& path);

} // namespace chorus::bench
