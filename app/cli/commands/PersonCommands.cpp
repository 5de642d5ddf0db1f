#include "Commands.h"
#include "JsonOutput.h"

#include "util/DateParsing.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace chorus::cli {
namespace {
std::optional<Id> parseId(const QString& text) {
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}
} // namespace

int runPersonAdd(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("Display name (required)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("org"), QStringLiteral("Organisation."), QStringLiteral("ORG")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("Role or title."), QStringLiteral("ROLE")});
    parser.addOption(
        {QStringLiteral("location"), QStringLiteral("Where they are."), QStringLiteral("PLACE")});
    parser.addOption({QStringLiteral("stance"),
                      QStringLiteral("One of: %1.").arg(stanceKeys().join(QStringLiteral(", "))),
                      QStringLiteral("S"), QStringLiteral("unknown")});
    parser.addOption(
        {QStringLiteral("reach"), QStringLiteral("Audience size as you know it."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("identity"),
         QStringLiteral(
             "PLATFORM:HANDLE, repeatable (e.g. email:ada@example.org, mastodon:@ada@hachyderm.io)."),
         QStringLiteral("P:H")});
    parser.addOption({QStringLiteral("topic"), QStringLiteral("A topic they care about, repeatable."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("tag"), QStringLiteral("A tag, repeatable."), QStringLiteral("TAG")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("person add --name NAME [--org ORG] [--stance S] [--json] [--db FILE]"),
            QStringLiteral("Add a person and print it (with its id). Creates the workspace if needed.")))
        return *code;

    Person p;
    p.name = parser.value(QStringLiteral("name"));
    if (p.name.trimmed().isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("--name: a person needs a name"));
    p.organisation = parser.value(QStringLiteral("org"));
    p.role = parser.value(QStringLiteral("role"));
    p.location = parser.value(QStringLiteral("location"));
    const auto stance = stanceFromKey(parser.value(QStringLiteral("stance")));
    if (!stance)
        return ctx.fail(BadUsage, QStringLiteral("--stance: \"%1\" is not one of %2")
                                      .arg(parser.value(QStringLiteral("stance")),
                                           stanceKeys().join(QStringLiteral(", "))));
    p.stance = *stance;
    if (parser.isSet(QStringLiteral("reach"))) {
        bool ok = false;
        const qint64 reach = parser.value(QStringLiteral("reach")).toLongLong(&ok);
        if (!ok || reach < 0)
            return ctx.fail(BadUsage, QStringLiteral("--reach: give a non-negative number"));
        p.reach = reach;
    }
    for (const QString& spec : parser.values(QStringLiteral("identity"))) {
        const int colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return ctx.fail(BadUsage,
                            QStringLiteral("--identity: \"%1\" should be PLATFORM:HANDLE").arg(spec));
        p.identities.push_back(
            {0, 0, spec.left(colon).trimmed().toLower(), spec.mid(colon + 1).trimmed(), {}});
    }
    for (const QString& topic : parser.values(QStringLiteral("topic")))
        p.topics.push_back({0, topic, 1.0});
    p.tags = parser.values(QStringLiteral("tag"));

    int code = Ok;
    auto ws = ctx.openWorkspace(true, &code);
    if (!ws)
        return code;
    auto id = ws->people().add(p);
    if (!id)
        return ctx.fail(id.error());
    auto stored = ws->people().get(*id);
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json())
        ctx.printJson(personJson(*stored));
    else
        ctx.out() << "Added " << stored->name << " (id " << stored->id << ")\n";
    return Ok;
}

int runPersonShow(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The person's id."));
    if (auto code = ctx.parse(
            parser, QStringLiteral("person show ID [--json] [--db FILE]"),
            QStringLiteral("Show a person with identities, topics, tags, ties and recent touchpoints.")))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(BadUsage, QStringLiteral("give exactly one person id"));
    const auto id = parseId(parser.positionalArguments().first());
    if (!id)
        return ctx.fail(
            BadUsage, QStringLiteral("\"%1\" is not a person id").arg(parser.positionalArguments().first()));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    auto person = ws->people().get(*id);
    if (!person)
        return ctx.fail(person.error());
    auto touchpoints = ws->touchpoints().forPerson(*id);
    if (!touchpoints)
        return ctx.fail(touchpoints.error());
    auto ties = ws->ties().forPerson(*id);
    if (!ties)
        return ctx.fail(ties.error());
    auto rows = ws->people().rows({*id}, ws->clock().now(), ws->settings().healthParameters());
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json()) {
        QJsonObject o = personJson(*person);
        if (!rows->isEmpty()) {
            const QJsonObject summary = personRowJson(rows->first());
            o.insert(QStringLiteral("health"), summary.value(QStringLiteral("health")));
            o.insert(QStringLiteral("last_touchpoint_at"),
                     summary.value(QStringLiteral("last_touchpoint_at")));
            o.insert(QStringLiteral("open_follow_ups"), summary.value(QStringLiteral("open_follow_ups")));
        }
        QJsonArray tps;
        for (const Touchpoint& t : *touchpoints)
            tps.append(touchpointJson(t));
        o.insert(QStringLiteral("touchpoints"), tps);
        QJsonArray tieArray;
        for (const TieView& t : *ties) {
            tieArray.append(QJsonObject{{QStringLiteral("person_id"), t.otherId},
                                        {QStringLiteral("name"), t.otherName},
                                        {QStringLiteral("kind"), tieKindKey(t.tie.kind)},
                                        {QStringLiteral("strength"), t.tie.strength}});
        }
        o.insert(QStringLiteral("ties"), tieArray);
        ctx.printJson(o);
        return Ok;
    }
    QTextStream& out = ctx.out();
    out << person->name << "  (id " << person->id << ", " << stanceLabel(person->stance) << ")\n";
    if (!person->organisation.isEmpty() || !person->role.isEmpty())
        out << "  "
            << QStringList{person->role, person->organisation}
                   .join(QStringLiteral(", "))
                   .remove(QRegularExpression(QStringLiteral("^, |, $")))
            << "\n";
    if (!rows->isEmpty() && rows->first().hasHealth)
        out << "  health " << QString::number(rows->first().health, 'f', 0) << "/100, last touchpoint "
            << isoUtc(rows->first().lastTouchpointAt) << "\n";
    for (const Identity& i : person->identities)
        out << "  " << platformLabel(i.platform) << ": " << i.handle << "\n";
    if (!person->topics.isEmpty()) {
        QStringList names;
        for (const PersonTopic& t : person->topics)
            names << t.name;
        out << "  topics: " << names.join(QStringLiteral(", ")) << "\n";
    }
    if (!person->tags.isEmpty())
        out << "  tags: " << person->tags.join(QStringLiteral(", ")) << "\n";
    out << "  " << ties->size() << " ties, " << touchpoints->size() << " touchpoints\n";
    for (int i = 0; i < std::min<int>(5, int(touchpoints->size())); ++i) {
        const Touchpoint& t = touchpoints->at(i);
        out << "    " << isoUtc(t.at) << "  " << touchpointKindLabel(t.kind)
            << (t.note.isEmpty() ? QString() : QStringLiteral(" — ") + t.note) << "\n";
    }
    out.flush();
    return Ok;
}

int runPersonList(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("filter"),
                      QStringLiteral("Full-text filter over names, organisations and handles."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("stance"), QStringLiteral("Only this stance, repeatable."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("going-cold"), QStringLiteral("Only relationships going cold.")});
    parser.addOption({QStringLiteral("archived"), QStringLiteral("Include archived people.")});
    parser.addOption({QStringLiteral("sort"),
                      QStringLiteral("name, organisation, stance, health, last or follow-ups."),
                      QStringLiteral("KEY"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("At most N people (default all)."), QStringLiteral("N")});
    if (auto code =
            ctx.parse(parser,
                      QStringLiteral("person list [--filter TEXT] [--stance S] [--sort KEY] [--limit N] "
                                     "[--json] [--db FILE]"),
                      QStringLiteral("List people with stance, topics, relationship health and follow-ups.")))
        return *code;
    PersonFilter filter;
    filter.text = parser.value(QStringLiteral("filter"));
    filter.goingColdOnly = parser.isSet(QStringLiteral("going-cold"));
    filter.includeArchived = parser.isSet(QStringLiteral("archived"));
    for (const QString& s : parser.values(QStringLiteral("stance"))) {
        const auto stance = stanceFromKey(s);
        if (!stance)
            return ctx.fail(BadUsage, QStringLiteral("--stance: \"%1\" is not one of %2")
                                          .arg(s, stanceKeys().join(QStringLiteral(", "))));
        filter.stances << *stance;
    }
    PersonSort sort;
    const QString key = parser.value(QStringLiteral("sort"));
    static const QMap<QString, PersonSortKey> sortKeys{
        {QStringLiteral("name"), PersonSortKey::Name},
        {QStringLiteral("organisation"), PersonSortKey::Organisation},
        {QStringLiteral("stance"), PersonSortKey::Stance},
        {QStringLiteral("health"), PersonSortKey::Health},
        {QStringLiteral("last"), PersonSortKey::LastTouchpoint},
        {QStringLiteral("follow-ups"), PersonSortKey::OpenFollowUps}};
    if (!sortKeys.contains(key))
        return ctx.fail(BadUsage, QStringLiteral("--sort: \"%1\" is not one of %2")
                                      .arg(key, sortKeys.keys().join(QStringLiteral(", "))));
    sort.key = sortKeys.value(key);
    sort.descending = sort.key == PersonSortKey::Health || sort.key == PersonSortKey::LastTouchpoint ||
                      sort.key == PersonSortKey::OpenFollowUps;
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.fail(BadUsage, QStringLiteral("--limit: give a positive number"));
    }
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    const QDateTime now = ws->clock().now();
    const HealthParameters health = ws->settings().healthParameters();
    auto ids = ws->people().queryIds(filter, sort, now, health);
    if (!ids)
        return ctx.fail(ids.error());
    if (limit > 0 && ids->size() > limit)
        ids->resize(limit);
    QJsonArray array;
    QList<QStringList> table{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("organisation"),
                              QStringLiteral("stance"), QStringLiteral("health"),
                              QStringLiteral("last touchpoint")}};
    // Fetch in pages so a list of 100,000 people never builds one enormous IN list.
    for (qsizetype start = 0; start < ids->size(); start += 2000) {
        const QVector<Id> page = ids->mid(start, 2000);
        auto rows = ws->people().rows(page, now, health);
        if (!rows)
            return ctx.fail(rows.error());
        QHash<Id, PersonRow> byId;
        for (const PersonRow& r : *rows)
            byId.insert(r.id, r);
        for (Id id : page) {
            const PersonRow r = byId.value(id);
            if (ctx.json())
                array.append(personRowJson(r));
            else
                table << QStringList{QString::number(r.id),
                                     r.name,
                                     r.organisation,
                                     stanceKey(r.stance),
                                     r.hasHealth ? QString::number(r.health, 'f', 0) : QStringLiteral("-"),
                                     r.lastTouchpointAt.isValid()
                                         ? r.lastTouchpointAt.date().toString(Qt::ISODate)
                                         : QStringLiteral("-")};
        }
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("people"), array}});
    else
        ctx.printTable(table);
    return Ok;
}

} // namespace chorus::cli
