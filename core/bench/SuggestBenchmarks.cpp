#include "SuggestBenchmarks.h"

#include "storage/Workspace.h"
#include "suggest/SuggestionEngine.h"
#include "util/DateParsing.h"

#include <QElapsedTimer>

#include <ctime>

namespace chorus::bench {
namespace {
/// CPU time of this thread: on a machine shared with other work, wall time overstates what the lists cost.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
} // namespace

Result<QVector<Figure>> measureSuggestions(const QString& path, int runs, const QDateTime& at) {
    auto ws = Workspace::open(path, {});
    if (!ws)
        return ws.error();
    QDateTime now = at;
    if (!now.isValid()) {
        const auto anchor = (*ws)->settings().value(QStringLiteral("sample.anchor"));
        now = anchor ? parseIsoDateTime(*anchor).value_or(QDateTime()) : QDateTime();
    }
    if (!now.isValid())
        now = (*ws)->clock().now();
    SuggestionEngine engine(**ws);
    QVector<Figure> out;
    QVector<double> samples, cpu;
    double first = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        auto lists = engine.all(10, now);
        if (!lists)
            return lists.error();
        const double ms = double(t.nsecsElapsed()) / 1.0e6;
        if (i == 0) {
            first = ms;
        } else {
            samples << ms;
            cpu << threadCpuMs() - cpuStart;
        }
    }
    out << summarise(QStringLiteral("suggest_first"), QStringLiteral("Suggestions, five lists, first run"),
                     QStringLiteral("ms"), {first}, 500.0);
    out << summarise(QStringLiteral("suggest_all"), QStringLiteral("Suggestions, five lists together"),
                     QStringLiteral("ms"), samples, 500.0);
    out << summarise(QStringLiteral("suggest_all_cpu"), QStringLiteral("Suggestions, five lists, CPU time"),
                     QStringLiteral("ms"), cpu, 500.0);
    for (SuggestionKind kind : allSuggestionKinds()) {
        QVector<double> one;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto list = engine.list(kind, 10, now);
            if (!list)
                return list.error();
            one << double(t.nsecsElapsed()) / 1.0e6;
        }
        out << summarise(QStringLiteral("suggest_") + suggestionKindKey(kind),
                         QStringLiteral("Suggestions, %1 list").arg(suggestionKindKey(kind)),
                         QStringLiteral("ms"), one);
    }
    return out;
}

} // namespace chorus::bench
