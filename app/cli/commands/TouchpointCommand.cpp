#include "Commands.h"
#include "JsonOutput.h"

#include "util/DateParsing.h"

namespace chorus::cli {

int runTouchpointAdd(CliContext& ctx) {
    QStringList kinds;
    for (const auto& info : touchpointKinds())
        kinds << info.key;
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("person"), QStringLiteral("The person (required)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("One of: %1.").arg(kinds.join(QStringLiteral(", "))),
                      QStringLiteral("KIND")});
    parser.addOption(
        {QStringLiteral("at"), QStringLiteral("When (ISO 8601; default now)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("inbound"), QStringLiteral("They reached out (default: you did).")});
    parser.addOption({QStringLiteral("conversation"), QStringLiteral("The conversation it happened in."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("event"), QStringLiteral("The event it happened at."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("note"), QStringLiteral("A short note."), QStringLiteral("TEXT")});
    if (auto code =
            ctx.parse(parser,
                      QStringLiteral("touchpoint add --person ID --kind KIND [--at DATE] [--note TEXT] "
                                     "[--json] [--db FILE]"),
                      QStringLiteral("Log a touchpoint with a person.")))
        return *code;
    Touchpoint t;
    bool ok = false;
    t.personId = parser.value(QStringLiteral("person")).toLongLong(&ok);
    if (!ok || t.personId <= 0)
        return ctx.fail(BadUsage, QStringLiteral("--person: give the person's id"));
    const auto kind = touchpointKindFromKey(parser.value(QStringLiteral("kind")));
    if (!kind)
        return ctx.fail(BadUsage,
                        QStringLiteral("--kind: \"%1\" is not one of %2")
                            .arg(parser.value(QStringLiteral("kind")), kinds.join(QStringLiteral(", "))));
    t.kind = *kind;
    t.direction = parser.isSet(QStringLiteral("inbound")) ? Direction::Inbound : Direction::Outbound;
    for (const QString& name : {QStringLiteral("conversation"), QStringLiteral("event")}) {
        if (!parser.isSet(name))
            continue;
        const Id id = parser.value(name).toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.fail(BadUsage,
                            QStringLiteral("--%1: \"%2\" is not an id").arg(name, parser.value(name)));
        (name == QLatin1String("event") ? t.eventId : t.conversationId) = id;
    }
    t.note = parser.value(QStringLiteral("note"));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    if (parser.isSet(QStringLiteral("at"))) {
        const auto at = parseIsoDateTime(parser.value(QStringLiteral("at")));
        if (!at)
            return ctx.fail(BadUsage, QStringLiteral("--at: \"%1\" is not an ISO 8601 date")
                                          .arg(parser.value(QStringLiteral("at"))));
        t.at = *at;
    } else {
        t.at = ws->clock().now();
    }
    auto id = ws->touchpoints().add(t);
    if (!id)
        return ctx.fail(id.error());
    t.id = *id;
    if (ctx.json())
        ctx.printJson(touchpointJson(t));
    else
        ctx.out() << "Logged " << touchpointKindLabel(t.kind).toLower() << " with person " << t.personId
                  << " (touchpoint " << *id << ")\n";
    return Ok;
}

} // namespace chorus::cli
