#include "Figures.h"

#include <QFile>

#include <malloc.h>

#include <algorithm>
#include <cmath>

namespace chorus::bench {

Figure summarise(QString key, QString label, QString unit, QVector<double> samples,
                 std::optional<double> target) {
    Figure f;
    f.key = std::move(key);
    f.label = std::move(label);
    f.unit = std::move(unit);
    f.target = target;
    f.runs = int(samples.size());
    if (samples.isEmpty())
        return f;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        const int rank =
            std::clamp(int(std::ceil(q * double(samples.size()))) - 1, 0, int(samples.size()) - 1);
        return samples.at(rank);
    };
    f.median = samples.size() % 2
                   ? samples.at(samples.size() / 2)
                   : (samples.at(samples.size() / 2 - 1) + samples.at(samples.size() / 2)) / 2.0;
    f.p95 = at(0.95);
    f.peakRssKb = peakRssKb();
    return f;
}

namespace {
qint64 statusField(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
} // namespace

qint64 peakRssKb() {
    return statusField("VmHWM:");
}
qint64 currentRssKb() {
    return statusField("VmRSS:");
}

void resetPeakRss() {
    malloc_trim(0); // hand memory freed by earlier steps back, or it would count towards this step's peak
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5"); // 5: reset the peak resident set size to the current one
}

} // namespace chorus::bench
