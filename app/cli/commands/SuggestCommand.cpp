#include "Commands.h"

#include "bench/SuggestBenchmarks.h"
#include "suggest/SuggestionEngine.h"
#include "util/DateParsing.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace chorus::cli {
namespace {
double rounded(double v) {
    return std::round(v * 10000.0) / 10000.0;
}

QJsonObject suggestionJson(const Suggestion& s, bool explain) {
    QJsonObject components, weights;
    for (const auto& c : s.components) {
        components.insert(c.key, rounded(c.value));
        weights.insert(c.key,
                       c.factor ? QJsonValue(QStringLiteral("factor")) : QJsonValue(rounded(c.weight)));
    }
    QJsonArray people;
    for (const auto& p : s.people)
        people.append(QJsonObject{{QStringLiteral("id"), double(p.id)},
                                  {QStringLiteral("name"), p.name},
                                  {QStringLiteral("stance"), stanceKey(p.stance)}});
    QJsonObject object{{QStringLiteral("type"), suggestionObjectTypeKey(s.object.type)},
                       {QStringLiteral("title"), s.object.title}};
    if (s.object.id)
        object.insert(QStringLiteral("id"), double(s.object.id));
    if (!s.object.url.isEmpty())
        object.insert(QStringLiteral("url"), s.object.url.toString());
    if (s.object.at.isValid())
        object.insert(QStringLiteral("at"), isoUtc(s.object.at));
    QJsonObject o{{QStringLiteral("kind"), suggestionKindKey(s.kind)},
                  {QStringLiteral("action"), s.action},
                  {QStringLiteral("subject_key"), s.subjectKey},
                  {QStringLiteral("score"), rounded(s.score)},
                  {QStringLiteral("components"), components},
                  {QStringLiteral("explanation"), s.explanation},
                  {QStringLiteral("people"), people},
                  {QStringLiteral("object"), object}};
    if (explain) {
        o.insert(QStringLiteral("weights"), weights);
        o.insert(QStringLiteral("arithmetic"), QJsonArray::fromStringList(s.arithmetic()));
    }
    return o;
}

void printText(QTextStream& out, SuggestionKind kind, const QVector<Suggestion>& list, bool explain) {
    out << suggestionKindLabel(kind) << "\n";
    if (list.isEmpty())
        out << "  (nothing today)\n";
    int n = 0;
    for (const Suggestion& s : list) {
        out << "  " << QString::number(++n).rightJustified(2) << ". " << QString::number(s.score, 'f', 3)
            << "  " << s.explanation << "\n";
        if (!s.object.url.isEmpty())
            out << "      " << s.object.url.toString() << "\n";
        if (explain) {
            out << "      [" << s.subjectKey << "] score =\n";
            for (const QString& line : s.arithmetic())
                out << "      " << line << "\n";
        }
    }
}
int bench(CliContext& ctx, const QString& runsText, const QDateTime& at) {
    bool ok = false;
    const int runs = runsText.toInt(&ok);
    if (!ok || runs < 1)
        return ctx.fail(BadUsage, QStringLiteral("--bench: give a positive number of runs"));
    auto figures = bench::measureSuggestions(ctx.databasePath(), runs, at);
    if (!figures)
        return ctx.fail(figures.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const auto& f : *figures)
            array.append(QJsonObject{{QStringLiteral("key"), f.key},
                                     {QStringLiteral("median"), f.median},
                                     {QStringLiteral("p95"), f.p95},
                                     {QStringLiteral("runs"), f.runs},
                                     {QStringLiteral("unit"), f.unit},
                                     {QStringLiteral("meets_target"), f.meetsTarget()}});
        ctx.printJson(QJsonObject{{QStringLiteral("figures"), array}});
        return Ok;
    }
    QList<QStringList> table{{QStringLiteral("figure"), QStringLiteral("median"), QStringLiteral("p95"),
                              QStringLiteral("target"), QStringLiteral("runs")}};
    for (const auto& f : *figures)
        table << QStringList{f.label, QString::number(f.median, 'f', 1) + QStringLiteral(" ms"),
                             QString::number(f.p95, 'f', 1) + QStringLiteral(" ms"),
                             f.target
                                 ? QStringLiteral("< %1 ms %2")
                                       .arg(*f.target)
                                       .arg(f.meetsTarget() ? QStringLiteral("ok") : QStringLiteral("MISSED"))
                                 : QStringLiteral("-"),
                             QString::number(f.runs)};
    ctx.printTable(table);
    return Ok;
}
} // namespace

int runSuggest(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("Only this list: support, join, introduce, reconnect or caution."),
                      QStringLiteral("K")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("At most N per list (default 10)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("at"),
                      QStringLiteral("Compute as of this time (ISO 8601; default now)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("bench"),
                      QStringLiteral("Measure: compute all five lists RUNS times and print the timings."),
                      QStringLiteral("RUNS")});
    parser.addOption({QStringLiteral("explain"),
                      QStringLiteral("Show each score's arithmetic: components, weights and factors.")});
    if (auto code = ctx.parse(
            parser,
            QStringLiteral(
                "suggest [--kind support|join|introduce|reconnect|caution] [--limit N] [--at DATE] "
                "[--explain] [--json] [--bench RUNS]"),
            QStringLiteral("Whom to support, which threads to join, whom to introduce, which relationships "
                           "to reconnect (and promises due), and which influential sceptics to listen to "
                           "rather than pitch; each with its score and one sentence of reasons.")))
        return *code;

    QVector<SuggestionKind> kinds = allSuggestionKinds();
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = suggestionKindFromKey(parser.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.fail(BadUsage, QStringLiteral("--kind: \"%1\" is not one of %2")
                                          .arg(parser.value(QStringLiteral("kind")),
                                               suggestionKindKeys().join(QStringLiteral(", "))));
        kinds = {*kind};
    }
    int limit = 10;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.fail(BadUsage, QStringLiteral("--limit: give a positive number"));
    }
    QDateTime at;
    if (parser.isSet(QStringLiteral("at"))) {
        const auto parsed = parseIsoDateTime(parser.value(QStringLiteral("at")));
        if (!parsed)
            return ctx.fail(BadUsage, QStringLiteral("--at: \"%1\" is not an ISO 8601 date")
                                          .arg(parser.value(QStringLiteral("at"))));
        at = *parsed;
    }
    const bool explain = parser.isSet(QStringLiteral("explain"));

    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    if (parser.isSet(QStringLiteral("bench")))
        return bench(ctx, parser.value(QStringLiteral("bench")), at);
    if (!at.isValid())
        at = ws->clock().now().toUTC();
    SuggestionEngine engine(*ws);
    QVector<std::pair<SuggestionKind, QVector<Suggestion>>> results;
    for (SuggestionKind kind : kinds) {
        auto list = engine.list(kind, limit, at);
        if (!list)
            return ctx.fail(list.error());
        results.push_back({kind, *list});
    }

    if (ctx.json()) {
        QJsonArray all;
        for (const auto& [kind, list] : results) {
            for (const Suggestion& s : list)
                all.append(suggestionJson(s, explain));
        }
        QJsonObject doc{{QStringLiteral("at"), isoUtc(at)}, {QStringLiteral("suggestions"), all}};
        if (explain) {
            QJsonObject settings;
            for (const auto& [name, value] : engine.settings().entries())
                settings.insert(name, value);
            doc.insert(QStringLiteral("settings"), settings);
        }
        ctx.printJson(doc);
        return Ok;
    }
    QTextStream& out = ctx.out();
    out << "Suggestions as of " << isoUtc(at) << "\n";
    for (const auto& [kind, list] : results) {
        out << "\n";
        printText(out, kind, list, explain);
    }
    if (explain) {
        out << "\nSettings (change with the suggest.* workspace settings; see docs/SUGGESTIONS.md):\n";
        for (const auto& [name, value] : engine.settings().entries())
            out << "  " << name << " = " << value << "\n";
    }
    out.flush();
    return Ok;
}

} // namespace chorus::cli
