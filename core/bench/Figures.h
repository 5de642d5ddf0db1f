#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace chorus::bench {

/// One measured figure: the median and 95th percentile over its runs, with its target when the issue sets
/// one.
struct Figure {
    QString key;   ///< stable id for JSON, e.g. "fts_query"
    QString label; ///< for people, e.g. "FTS query (100 queries)"
    QString unit;  ///< "ms", "s", "MB"
    double median = 0;
    double p95 = 0;
    int runs = 0;
    std::optional<double> target; ///< upper bound in `unit`, compared with p95 (or the single value)
    qint64 peakRssKb = 0;         ///< process peak RSS after this step

    bool meetsTarget() const { return !target || p95 <= *target; }
};

/// Median and p95 (nearest rank) of samples, in the samples' unit.
Figure summarise(QString key, QString label, QString unit, QVector<double> samples,
                 std::optional<double> target = {});

/// The process's peak resident set size so far, in kB (Linux VmHWM).
qint64 peakRssKb();
/// The process's current resident set size, in kB (Linux VmRSS).
qint64 currentRssKb();
/// Start a new peak: afterwards peakRssKb() reports the highest RSS since this call (Linux clear_refs), so
/// each figure carries the peak of its own step rather than of everything before it.
void resetPeakRss();

} // namespace chorus::bench
