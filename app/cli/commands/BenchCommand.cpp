#include "BenchOutput.h"
#include "Commands.h"

#include "bench/DedupeBenchmarks.h"
#include "bench/FeedBenchmarks.h"
#include "bench/GraphBenchmarks.h"
#include "bench/ImportBenchmarks.h"
#include "bench/MapFrameBenchmarks.h"
#include "bench/ReportBenchmarks.h"
#include "bench/StorageBenchmarks.h"
#include "bench/SuggestBenchmarks.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {

int runBench(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("people"),
                      QStringLiteral("Workspace sizes, comma separated (default 1000,10000,100000)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("quick"), QStringLiteral("Only the 10,000-people size, for everyday use.")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the generated workspaces."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Where benchmark workspaces are kept and reused."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/chorus-bench")});
    parser.addOption({QStringLiteral("fresh"), QStringLiteral("Regenerate workspaces even if they exist.")});
    parser.addOption({QStringLiteral("import-only"),
                      QStringLiteral("Only the CSV import figures (needs no generated workspace).")});
    parser.addOption({QStringLiteral("map-frames-only"),
                      QStringLiteral("Only the map view's frame times while panning and zooming.")});
    if (auto code = ctx.parse(
            parser,
            QStringLiteral(
                "bench [--people N[,N…]] [--quick] [--fresh] [--import-only|--map-frames-only] [--json]"),
            QStringLiteral("Measure Chorus on generated workspaces and print the figures of "
                           "docs/PERFORMANCE.md (median and p95 over repeated runs).")))
        return *code;

    QList<int> sizes;
    const QString spec = parser.isSet(QStringLiteral("quick"))    ? QStringLiteral("10000")
                         : parser.isSet(QStringLiteral("people")) ? parser.value(QStringLiteral("people"))
                                                                  : QStringLiteral("1000,10000,100000");
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 10)
            return ctx.fail(BadUsage,
                            QStringLiteral("--people: \"%1\" is not a size of at least 10").arg(part));
        sizes << n;
    }
    const bool importOnly = parser.isSet(QStringLiteral("import-only"));
    const bool mapFramesOnly = parser.isSet(QStringLiteral("map-frames-only"));
    if (importOnly && mapFramesOnly)
        return ctx.fail(BadUsage, QStringLiteral("--import-only and --map-frames-only: choose one"));
    const bool allSteps = !importOnly && !mapFramesOnly;
    bool ok = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return ctx.fail(BadUsage, QStringLiteral("--seed: give a whole number"));
    const QString dir = parser.value(QStringLiteral("dir"));
    if (!QDir().mkpath(dir))
        return ctx.fail(BadInput, QStringLiteral("cannot create %1").arg(dir));

    const QStringList queries = bench::searchQueries(100, seed);
    QJsonArray results;
    bool allMet = true;
    bool layoutMeasured = false;
    for (int people : sizes) {
        const QString path = QStringLiteral("%1/bench-%2-%3.chorus").arg(dir).arg(people).arg(seed);
        QVector<bench::Figure> figures;
        if (!importOnly && (parser.isSet(QStringLiteral("fresh")) || !QFileInfo::exists(path))) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            if (!ctx.json())
                ctx.err() << "generating " << people << " people in " << path << "…\n", ctx.err().flush();
            bench::resetPeakRss();
            auto generation = bench::measureGeneration(path, people, seed);
            if (!generation)
                return ctx.fail(generation.error());
            figures << *generation;
        }
        // Each step starts a new RSS peak, so every figure carries the memory its own step needed.
        const auto measure = [&](const std::function<Result<QVector<bench::Figure>>()>& step) -> Status {
            bench::resetPeakRss();
            auto measured = step();
            if (!measured)
                return measured.error();
            figures << *measured;
            return {};
        };
        const auto one = [](Result<bench::Figure> f) -> Result<QVector<bench::Figure>> {
            if (!f)
                return f.error();
            return QVector<bench::Figure>{*f};
        };
        QList<std::function<Result<QVector<bench::Figure>>()>> steps;
        if (allSteps) {
            steps = {
                [&] { return one(bench::measureOpen(path, 20)); },
                [&] { return one(bench::measureFirstPage(path, 20)); },
                [&] { return one(bench::measureFilter(path, 20)); },
                [&] { return one(bench::measureSearch(path, queries)); },
                [&] { return one(bench::measureCandidates(path, 100, seed)); },
                [&] { return one(bench::measureDuplicateScan(path, 3)); },
                [&] { return one(bench::measurePeriodReportPdf(path, 3)); },
                [&] { return bench::measureSuggestions(path, 10); },
                [&] { return one(bench::measureFeedParse(500, 20)); },
                [&] { return bench::measureFeedImport(path, 500, 5); },
                [&] { return bench::measureMapMetrics(path, 3); },
            };
        }
        if (!importOnly)
            steps << [&] {
                return bench::measureMapFrames(path);
            };
        if (!mapFramesOnly) {
            steps << [&] {
                return bench::measureCsvImport(dir, people, seed, people >= 100000 ? 3 : 5);
            };
        }
        for (const auto& step : steps) {
            if (auto st = measure(step); !st)
                return ctx.fail(st.error());
        }
        // The layout figure is defined at 10,000 people (10,000 nodes, 50,000 ties) whatever the sizes asked.
        if (allSteps && !layoutMeasured && people >= 10000) {
            const QString layoutPath = QStringLiteral("%1/bench-10000-%2.chorus").arg(dir).arg(seed);
            if (!QFileInfo::exists(layoutPath)) {
                if (auto g = bench::measureGeneration(layoutPath, 10000, seed); !g)
                    return ctx.fail(g.error());
            }
            if (auto st = measure([&] {
                    return bench::measureMapLayout(layoutPath, dir + QStringLiteral("/layout-10000.dot"), 3);
                });
                !st)
                return ctx.fail(st.error());
            layoutMeasured = true;
        }
        if (allSteps)
            figures << bench::fileSize(path);

        const QJsonArray figureArray = figuresJson(figures);
        for (const auto& f : figures)
            allMet = allMet && f.meetsTarget();
        results.append(
            QJsonObject{{QStringLiteral("people"), people}, {QStringLiteral("figures"), figureArray}});
        if (!ctx.json()) {
            ctx.out() << "\n" << people << " people (" << path << ")\n";
            ctx.printTable(figuresTable(figures));
        }
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("seed"), QString::number(seed)},
                                  {QStringLiteral("sizes"), results},
                                  {QStringLiteral("all_targets_met"), allMet}});
    return Ok;
}

} // namespace chorus::cli
