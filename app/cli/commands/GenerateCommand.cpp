#include "Commands.h"
#include "JsonOutput.h"

#include "sample/SampleGenerator.h"
#include "util/DateParsing.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace chorus::cli {

int runGenerate(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("people"), QStringLiteral("How many people (required)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Random seed; the same seed gives the same workspace."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("anchor"),
                      QStringLiteral("The sample's \"now\" (default %1).")
                          .arg(SampleOptions::defaultAnchor().toString(Qt::ISODate)),
                      QStringLiteral("DATE")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("generate --people N [--seed S] [--anchor DATE] --db FILE"),
            QStringLiteral("Build a realistic, deterministic sample workspace in a new or empty file.")))
        return *code;

    SampleOptions options;
    bool ok = false;
    options.people = parser.value(QStringLiteral("people")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("people")) || !ok || options.people < 1 || options.people > 5'000'000)
        return ctx.fail(BadUsage, QStringLiteral("--people: give a number of people between 1 and 5000000"));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return ctx.fail(
            BadUsage,
            QStringLiteral("--seed: \"%1\" is not a whole number").arg(parser.value(QStringLiteral("seed"))));
    if (parser.isSet(QStringLiteral("anchor"))) {
        const auto anchor = parseIsoDateTime(parser.value(QStringLiteral("anchor")));
        if (!anchor)
            return ctx.fail(BadUsage, QStringLiteral("--anchor: \"%1\" is not an ISO 8601 date")
                                          .arg(parser.value(QStringLiteral("anchor"))));
        options.anchor = *anchor;
    }

    int code = Ok;
    auto ws = ctx.openWorkspace(true, &code);
    if (!ws)
        return code;
    auto existing = ws->people().count(true);
    if (!existing)
        return ctx.fail(existing.error());
    if (*existing > 0)
        return ctx.fail(BadInput,
                        QStringLiteral("%1 already holds %2 people; generate needs a new or empty workspace")
                            .arg(ws->path())
                            .arg(*existing));

    QElapsedTimer timer;
    timer.start();
    auto counts = SampleGenerator::generate(ws->database(), options);
    if (!counts)
        return ctx.fail(counts.error());
    const double seconds = double(timer.elapsed()) / 1000.0;

    if (ctx.json()) {
        QJsonObject c;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            c.insert(it.key(), double(it.value()));
        ctx.printJson(QJsonObject{{QStringLiteral("path"), ws->path()},
                                  {QStringLiteral("seed"), QString::number(options.seed)},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("counts"), c}});
    } else {
        QList<QStringList> rows{{QStringLiteral("what"), QStringLiteral("rows")}};
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            rows << QStringList{it.key(), QString::number(it.value())};
        ctx.printTable(rows);
        ctx.out() << "Generated " << ws->path() << " in " << QString::number(seconds, 'f', 1) << " s\n";
    }
    return Ok;
}

} // namespace chorus::cli
