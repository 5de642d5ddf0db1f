#pragma once

#include "Figures.h"
#include "util/Result.h"

#include <QByteArray>
#include <QVector>

namespace chorus::bench {

/// A LinkedIn-style connections export of `people` rows (names from the sample data, every one with an email
/// and a profile link, some with commas and quotes that need quoting), the same for a seed.
QByteArray linkedInCsv(int people, quint64 seed);

/// Importing `people` people from a CSV file into a new, empty workspace in `dir`: read, decode, parse, map,
/// plan and commit in one transaction, `runs` times. Returns the whole import and its phases.
Result<QVector<Figure>> measureCsvImport(const QString& dir, int people, quint64 seed, int runs);

} // namespace chorus::bench
