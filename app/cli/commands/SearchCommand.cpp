#include "Commands.h"
#include "JsonOutput.h"

#include <QJsonArray>

namespace chorus::cli {

int runSearch(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("text"), QStringLiteral("What to look for."));
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N hits (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("search TEXT [--limit N] [--json] [--db FILE]"),
            QStringLiteral("Full-text search over people, handles, notes, conversations and events, "
                           "best matches first.")))
        return *code;
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("say what to search for"));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return ctx.fail(BadUsage, QStringLiteral("--limit: give a positive number"));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    auto hits = ws->search().search(text, limit);
    if (!hits)
        return ctx.fail(hits.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const SearchHit& h : *hits)
            array.append(searchHitJson(h));
        ctx.printJson(QJsonObject{{QStringLiteral("query"), text}, {QStringLiteral("hits"), array}});
        return Ok;
    }
    if (hits->isEmpty()) {
        ctx.out() << "No matches for \"" << text << "\".\n";
        return Ok;
    }
    QList<QStringList> rows{
        {QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("match")}};
    for (const SearchHit& h : *hits)
        rows << QStringList{searchKindKey(h.kind), QString::number(h.id), h.title, h.snippet};
    ctx.printTable(rows);
    return Ok;
}

} // namespace chorus::cli
