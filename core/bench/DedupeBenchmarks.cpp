#include "DedupeBenchmarks.h"

#include "dedupe/PersonMatcher.h"
#include "sample/Rng.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>

namespace chorus::bench {

Result<Figure> measureDuplicateScan(const QString& path, int runs) {
    auto ws = Workspace::open(path, {});
    if (!ws)
        return ws.error();
    PersonMatcher matcher(**ws);
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto groups = matcher.findDuplicates();
        if (!groups)
            return groups.error();
        samples << double(t.nsecsElapsed()) / 1.0e9;
    }
    return summarise(QStringLiteral("duplicate_scan"), QStringLiteral("Duplicate scan, whole workspace"),
                     QStringLiteral("s"), samples);
}

Result<Figure> measureCandidates(const QString& path, int count, quint64 seed) {
    auto ws = Workspace::open(path, {});
    if (!ws)
        return ws.error();
    auto total = (*ws)->people().count(true);
    if (!total)
        return total.error();
    Rng rng(seed);
    PersonMatcher matcher(**ws);
    QVector<double> samples;
    for (int i = 0; i<count&& * total> 0; ++i) {
        auto people = (*ws)->people().basics({Id(2 + rng.below(*total))});
        if (!people)
            return people.error();
        if (people->isEmpty())
            continue;
        Person typed = people->first();
        typed.id = 0;
        const int at = int(rng.below(int(typed.name.size())));
        if (typed.name.at(at).isLetter())
            typed.name[at] = QLatin1Char('e'); // a typo
        QElapsedTimer t;
        t.start();
        auto candidates = matcher.candidatesFor(typed, 5, true);
        if (!candidates)
            return candidates.error();
        samples << double(t.nsecsElapsed()) / 1.0e6;
    }
    return summarise(QStringLiteral("match_candidates"), QStringLiteral("Match candidates while typing"),
                     QStringLiteral("ms"), samples);
}

} // namespace chorus::bench
