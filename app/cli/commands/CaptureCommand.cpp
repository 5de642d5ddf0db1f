#include "Commands.h"
#include "JsonOutput.h"

#include "capture/QuickLog.h"
#include "model/IdentityParsing.h"
#include "util/DateParsing.h"

#include <QJsonObject>

namespace chorus::cli {

int runCapture(CliContext& ctx) {
    QStringList kinds;
    for (const auto& info : touchpointKinds())
        kinds << info.key;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("person"), QStringLiteral("The person, by id."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("name"),
         QStringLiteral("The person, by name: an existing person with this name (accents, case and word "
                        "order aside) is used, otherwise one is created."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("org"),
                      QStringLiteral("Their organisation (narrows a name match; given to a "
                                     "new person)."),
                      QStringLiteral("ORG")});
    parser.addOption(
        {QStringLiteral("handle"),
         QStringLiteral("PLATFORM:HANDLE, an email address or a profile link, repeatable: an existing "
                        "person with it is used; it is added to the person."),
         QStringLiteral("P:H")});
    parser.addOption({QStringLiteral("new"), QStringLiteral("Always create a new person.")});
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("One of: %1. Without it, --note is a note on the person.")
                          .arg(kinds.join(QStringLiteral(", "))),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("at"),
                      QStringLiteral("When: ISO 8601, \"yesterday\", \"2 days ago\"… (default now)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("inbound"), QStringLiteral("They reached out (default: you did).")});
    parser.addOption(
        {QStringLiteral("event"), QStringLiteral("The event it happened at."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("conversation"), QStringLiteral("The conversation it happened in."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("follow-up"), QStringLiteral("Something you promised."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("due"),
         QStringLiteral("When the follow-up is due: ISO 8601, \"friday\", \"in 2 weeks\"… (default in "
                        "7 days)."),
         QStringLiteral("DATE")});
    if (auto code = ctx.parse(
            parser,
            QStringLiteral("capture (--person ID | --name NAME | --handle P:H) [--org ORG] "
                           "[--kind KIND] [--at DATE] [--note TEXT] [--follow-up TEXT --due DATE] "
                           "[--event ID] [--json] [--db FILE]"),
            QStringLiteral("Log a touchpoint or a note from the shell, matching an existing person by "
                           "id, handle or name before creating one.")))
        return *code;

    QuickLogEntry entry;
    for (const QString& name :
         {QStringLiteral("person"), QStringLiteral("event"), QStringLiteral("conversation")}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const Id id = parser.value(name).toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.fail(BadUsage,
                            QStringLiteral("--%1: \"%2\" is not an id").arg(name, parser.value(name)));
        (name == QLatin1String("person")  ? entry.who.id
         : name == QLatin1String("event") ? entry.eventId
                                          : entry.conversationId) = id;
    }
    entry.who.name = parser.value(QStringLiteral("name"));
    entry.who.organisation = parser.value(QStringLiteral("org"));
    entry.who.createNew = parser.isSet(QStringLiteral("new"));
    for (const QString& text : parser.values(QStringLiteral("handle"))) {
        auto identity = parseIdentityText(text);
        if (!identity)
            return ctx.fail(BadUsage, QStringLiteral("--handle: %1").arg(identity.error().message));
        entry.who.identities.push_back(*identity);
    }
    if (entry.who.id <= 0 && entry.who.name.trimmed().isEmpty() && entry.who.identities.isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("say who: --person ID, --name NAME or --handle P:H"));
    if (entry.who.id > 0 && entry.who.createNew)
        return ctx.fail(BadUsage, QStringLiteral("--new and --person exclude each other"));
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = touchpointKindFromKey(parser.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.fail(BadUsage,
                            QStringLiteral("--kind: \"%1\" is not one of %2")
                                .arg(parser.value(QStringLiteral("kind")), kinds.join(QStringLiteral(", "))));
        entry.kind = *kind;
    } else {
        entry.kind.reset();
        if (parser.value(QStringLiteral("note")).trimmed().isEmpty())
            return ctx.fail(BadUsage, QStringLiteral("give --kind KIND, or --note TEXT for a note"));
    }
    entry.direction = parser.isSet(QStringLiteral("inbound")) ? Direction::Inbound : Direction::Outbound;
    entry.when = parser.value(QStringLiteral("at"));
    entry.note = parser.value(QStringLiteral("note"));
    entry.followUp = parser.value(QStringLiteral("follow-up"));
    entry.followUpDue = parser.value(QStringLiteral("due"));

    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    const QDateTime now = ws->clock().now();
    if (!parseNaturalDateTime(entry.when, now))
        return ctx.fail(BadUsage,
                        QStringLiteral("--at: \"%1\" is not a date (ISO 8601, \"yesterday\", \"2 days ago\")")
                            .arg(entry.when));
    if (!entry.followUpDue.trimmed().isEmpty() && !parseNaturalDate(entry.followUpDue, now.date()))
        return ctx.fail(BadUsage,
                        QStringLiteral("--due: \"%1\" is not a date (ISO 8601, \"friday\", \"in 2 weeks\")")
                            .arg(entry.followUpDue));
    QuickLog log(*ws);
    auto result = log.save(entry);
    if (!result)
        return ctx.fail(result.error());
    auto person = ws->people().get(result->personId);
    if (!person)
        return ctx.fail(person.error());
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("person"), personJson(*person)},
                      {QStringLiteral("matched_by"), resolvedByKey(result->plan.person.by)},
                      {QStringLiteral("created"), result->plan.person.by == ResolvedBy::Created}};
        if (result->touchpointId > 0) {
            auto t = ws->touchpoints().get(result->touchpointId);
            if (!t)
                return ctx.fail(t.error());
            o.insert(QStringLiteral("touchpoint"), touchpointJson(*t));
        } else {
            o.insert(QStringLiteral("touchpoint"), QJsonValue());
        }
        o.insert(QStringLiteral("note_id"),
                 result->noteId > 0 ? QJsonValue(double(result->noteId)) : QJsonValue());
        if (result->followUpId > 0)
            o.insert(QStringLiteral("follow_up"),
                     QJsonObject{{QStringLiteral("id"), double(result->followUpId)},
                                 {QStringLiteral("title"), entry.followUp.trimmed()},
                                 {QStringLiteral("due_on"), result->plan.followUpDue.toString(Qt::ISODate)}});
        else
            o.insert(QStringLiteral("follow_up"), QJsonValue());
        ctx.printJson(o);
        return Ok;
    }
    QTextStream& out = ctx.out();
    const QString who = QStringLiteral("%1 (person %2, %3)")
                            .arg(person->name)
                            .arg(person->id)
                            .arg(result->plan.person.by == ResolvedBy::Created
                                     ? QStringLiteral("new")
                                     : QStringLiteral("matched by ") + resolvedByKey(result->plan.person.by));
    if (result->touchpointId > 0)
        out << "Logged " << touchpointKindLabel(*entry.kind).toLower() << " with " << who << " at "
            << isoUtc(result->plan.at) << " (touchpoint " << result->touchpointId << ")\n";
    else
        out << "Added a note to " << who << " (note " << result->noteId << ")\n";
    if (result->followUpId > 0)
        out << "Follow-up " << result->followUpId << " due " << result->plan.followUpDue.toString(Qt::ISODate)
            << ": " << entry.followUp.trimmed() << "\n";
    out.flush();
    return Ok;
}

} // namespace chorus::cli
