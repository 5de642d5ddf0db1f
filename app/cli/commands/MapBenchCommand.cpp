#include "BenchOutput.h"
#include "Commands.h"

#include "bench/GraphBenchmarks.h"
#include "bench/StorageBenchmarks.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {
int runBenchMap(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("Measure this workspace (repeatable) instead of generated ones."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("people"),
                      QStringLiteral("Generated workspace sizes, comma separated (default 10000,100000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the generated workspaces."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Where generated workspaces are kept and reused."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/chorus-bench")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions of each figure (default 3)."),
                      QStringLiteral("N")});
    if (auto code =
            ctx.parse(parser,
                      QStringLiteral("bench map [--workspace FILE]... [--people N[,N…]] [--runs N] "
                                     "[--json]"),
                      QStringLiteral("Measure the relationship map: graph building and metrics on each "
                                     "workspace, layout of the first one's ties (with graphviz's sfdp "
                                     "on the same graph for comparison).")))
        return *code;
    int runs = 3;
    if (parser.isSet(QStringLiteral("runs"))) {
        bool ok = false;
        runs = parser.value(QStringLiteral("runs")).toInt(&ok);
        if (!ok || runs < 1)
            return ctx.fail(BadUsage, QStringLiteral("--runs: give a positive number"));
    }
    QStringList paths = parser.values(QStringLiteral("workspace"));
    if (paths.isEmpty()) {
        bool ok = false;
        const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.fail(BadUsage, QStringLiteral("--seed: give a whole number"));
        const QString dir = parser.value(QStringLiteral("dir"));
        if (!QDir().mkpath(dir))
            return ctx.fail(BadInput, QStringLiteral("cannot create %1").arg(dir));
        const QString spec = parser.isSet(QStringLiteral("people")) ? parser.value(QStringLiteral("people"))
                                                                    : QStringLiteral("10000,100000");
        for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 10)
                return ctx.fail(BadUsage,
                                QStringLiteral("--people: \"%1\" is not a size of at least 10").arg(part));
            const QString path = QStringLiteral("%1/bench-%2-%3.chorus").arg(dir).arg(n).arg(seed);
            if (!QFileInfo::exists(path)) {
                ctx.err() << "generating " << n << " people in " << path << "…\n", ctx.err().flush();
                if (auto g = bench::measureGeneration(path, n, seed); !g)
                    return ctx.fail(g.error());
            }
            paths << path;
        }
    }
    QJsonArray results;
    for (qsizetype k = 0; k < paths.size(); ++k) {
        const QString& path = paths[k];
        if (!QFileInfo::exists(path))
            return ctx.fail(BadInput, QStringLiteral("%1: no such workspace").arg(path));
        auto figures = bench::measureMapMetrics(path, runs);
        if (!figures)
            return ctx.fail(figures.error());
        if (k == 0) {
            auto layout = bench::measureMapLayout(
                path, QDir::tempPath() + QStringLiteral("/chorus-map-bench.dot"), runs);
            if (!layout)
                return ctx.fail(layout.error());
            *figures << *layout;
        }
        const QJsonArray array = figuresJson(*figures);
        const QList<QStringList> table = figuresTable(*figures);
        results.append(QJsonObject{{QStringLiteral("workspace"), path}, {QStringLiteral("figures"), array}});
        if (!ctx.json()) {
            ctx.out() << "\n" << path << "\n";
            ctx.out().flush();
            ctx.printTable(table);
        }
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("workspaces"), results}});
    return Ok;
}

} // namespace chorus::cli
