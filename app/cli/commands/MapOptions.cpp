#include "MapOptions.h"

#include "util/DateParsing.h"

namespace chorus::cli {

void addGraphOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("sources"),
                      QStringLiteral("What makes an edge: ties, conversations, events, comma-separated "
                                     "(default all)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("topic"),
                      QStringLiteral("Only people who care about this topic, and conversations about it."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("stance"),
                      QStringLiteral("Only people with these stances, comma-separated."),
                      QStringLiteral("LIST")});
    parser.addOption(
        {QStringLiteral("from"), QStringLiteral("Only evidence from this date on."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("to"), QStringLiteral("Only evidence before this date."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("min-weight"), QStringLiteral("Drop edges lighter than this."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("group-neighbours"),
                      QStringLiteral("Edges from shared conversations and events only: keep each person's N "
                                     "strongest (default 5; 0 keeps all)."),
                      QStringLiteral("N")});
}

std::optional<int> readGraphOptions(CliContext& ctx, const QCommandLineParser& parser, Workspace& ws,
                                    GraphOptions& options) {
    if (parser.isSet(QStringLiteral("sources"))) {
        options.sources = 0;
        for (const QString& word : parser.value(QStringLiteral("sources")).split(QLatin1Char(','))) {
            const QString w = word.trimmed();
            if (w == QLatin1String("ties"))
                options.sources |= SourceTies;
            else if (w == QLatin1String("conversations"))
                options.sources |= SourceConversations;
            else if (w == QLatin1String("events"))
                options.sources |= SourceEvents;
            else
                return ctx.fail(
                    BadUsage, QStringLiteral("--sources: '%1' is not ties, conversations or events").arg(w));
        }
    }
    if (parser.isSet(QStringLiteral("topic"))) {
        const QString name = parser.value(QStringLiteral("topic"));
        auto topic = ws.topics().findByName(name);
        if (!topic)
            return ctx.fail(topic.error());
        if (!*topic)
            return ctx.fail(BadInput, QStringLiteral("--topic: no topic named '%1'").arg(name));
        options.scope.topicId = (*topic)->id;
    }
    if (parser.isSet(QStringLiteral("stance"))) {
        for (const QString& word : parser.value(QStringLiteral("stance")).split(QLatin1Char(','))) {
            auto stance = stanceFromKey(word.trimmed());
            if (!stance)
                return ctx.fail(BadUsage, QStringLiteral("--stance: '%1' is not one of %2")
                                              .arg(word, stanceKeys().join(QStringLiteral(", "))));
            options.scope.stances << *stance;
        }
    }
    for (const char* name : {"from", "to"}) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            continue;
        // A plain date means the start of that day (UTC).
        const auto day = parseIsoDate(parser.value(key));
        auto at = day ? std::optional<QDateTime>(QDateTime(*day, QTime(0, 0), Qt::UTC))
                      : parseIsoDateTime(parser.value(key));
        if (!at)
            return ctx.fail(BadUsage,
                            QStringLiteral("--%1: '%2' is not an ISO 8601 date").arg(key, parser.value(key)));
        (key == QLatin1String("from") ? options.scope.from : options.scope.to) = *at;
    }
    if (parser.isSet(QStringLiteral("min-weight"))) {
        bool ok = false;
        options.minWeight = parser.value(QStringLiteral("min-weight")).toDouble(&ok);
        if (!ok || options.minWeight < 0)
            return ctx.fail(BadUsage, QStringLiteral("--min-weight: give a number of at least 0"));
    }
    if (parser.isSet(QStringLiteral("group-neighbours"))) {
        bool ok = false;
        options.groupNeighbours = parser.value(QStringLiteral("group-neighbours")).toInt(&ok);
        if (!ok || options.groupNeighbours < 0)
            return ctx.fail(BadUsage,
                            QStringLiteral("--group-neighbours: give a whole number of at least 0"));
    }
    return std::nullopt;
}

} // namespace chorus::cli
