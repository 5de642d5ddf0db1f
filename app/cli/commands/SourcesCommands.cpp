#include "Commands.h"

#include "feeds/FeedRefresher.h"
#include "feeds/PersonFeeds.h"
#include "util/DateParsing.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {
namespace {
std::optional<Id> parseId(const QString& text) {
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QJsonValue isoOrNull(const QDateTime& at) {
    return at.isValid() ? QJsonValue(isoUtc(at)) : QJsonValue();
}

QJsonObject sourceJson(const Source& s) {
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("person"),
             QJsonObject{{QStringLiteral("id"), s.personId}, {QStringLiteral("name"), s.personName}}},
            {QStringLiteral("url"), s.url.toString()},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("identity_id"), s.identityId > 0 ? QJsonValue(s.identityId) : QJsonValue()},
            {QStringLiteral("items"), s.itemCount},
            {QStringLiteral("last_fetched_at"), isoOrNull(s.lastFetchedAt)},
            {QStringLiteral("last_success_at"), isoOrNull(s.lastSuccessAt)},
            {QStringLiteral("last_status"), s.lastStatus},
            {QStringLiteral("last_error"), s.lastError},
            {QStringLiteral("last_new_items"), s.lastNewItems},
            {QStringLiteral("failures"), s.failures},
            {QStringLiteral("next_attempt_at"), isoOrNull(s.nextAttemptAt)}};
}

QJsonObject outcomeJson(const SourceOutcome& o) {
    return {{QStringLiteral("source_id"), o.sourceId},
            {QStringLiteral("person_id"), o.personId},
            {QStringLiteral("url"), o.url.toString()},
            {QStringLiteral("result"), outcomeKey(o.result)},
            {QStringLiteral("status"), o.status},
            {QStringLiteral("error"), o.error},
            {QStringLiteral("added"), o.added},
            {QStringLiteral("next_attempt_at"), isoOrNull(o.nextAttemptAt)}};
}

/// "3 new", "not modified", "404: …" — what the last refresh of a source came to, in a few words.
QString lastResult(const Source& s) {
    if (!s.lastFetchedAt.isValid())
        return QStringLiteral("never fetched");
    if (!s.lastError.isEmpty() && s.failures > 0)
        return QStringLiteral("%1 (failed %2x)").arg(s.lastStatus).arg(s.failures);
    if (s.lastStatus == QLatin1String("304"))
        return QStringLiteral("not modified");
    return QStringLiteral("%1 new").arg(s.lastNewItems);
}
} // namespace

int runSourcesAdd(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("person_id"),
                                 QStringLiteral("The person who publishes the feed."));
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QStringLiteral("The feed, or a web page that names its feed (resolved when "
                                                "first refreshed)."));
    if (auto code = ctx.parse(parser, QStringLiteral("sources add PERSON_ID URL [--json] [--db FILE]"),
                              QStringLiteral("Follow a feed that belongs to a person.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.fail(BadUsage, QStringLiteral("give a person id and a URL"));
    const auto person = parseId(args[0]);
    if (!person)
        return ctx.fail(BadUsage, QStringLiteral("\"%1\" is not a person id").arg(args[0]));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    Source source;
    source.personId = *person;
    source.url = QUrl(args[1].trimmed());
    auto id = ws->sources().add(source);
    if (!id)
        return ctx.fail(id.error());
    auto stored = ws->sources().get(*id);
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json())
        ctx.printJson(sourceJson(*stored));
    else
        ctx.out() << "Added source " << *id << " for " << stored->personName << ": " << stored->url.toString()
                  << "\n";
    return Ok;
}

int runSourcesList(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("person"), QStringLiteral("Only this person's sources."), QStringLiteral("ID")});
    if (auto code =
            ctx.parse(parser, QStringLiteral("sources list [--person ID] [--json] [--db FILE]"),
                      QStringLiteral("List the followed feeds with the result of their last refresh.")))
        return *code;
    Id person = 0;
    if (parser.isSet(QStringLiteral("person"))) {
        const auto id = parseId(parser.value(QStringLiteral("person")));
        if (!id)
            return ctx.fail(
                BadUsage,
                QStringLiteral("--person: \"%1\" is not an id").arg(parser.value(QStringLiteral("person"))));
        person = *id;
    }
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    auto sources = ws->sources().list(person);
    if (!sources)
        return ctx.fail(sources.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const Source& s : *sources)
            list.append(sourceJson(s));
        ctx.printJson(QJsonObject{{QStringLiteral("sources"), list}});
        return Ok;
    }
    QList<QStringList> table{{QStringLiteral("ID"), QStringLiteral("PERSON"), QStringLiteral("URL"),
                              QStringLiteral("ITEMS"), QStringLiteral("LAST FETCHED"),
                              QStringLiteral("RESULT"), QStringLiteral("NEXT TRY")}};
    for (const Source& s : *sources) {
        table << QStringList{QString::number(s.id),
                             s.personName,
                             s.url.toString(),
                             QString::number(s.itemCount),
                             s.lastFetchedAt.isValid() ? isoUtc(s.lastFetchedAt) : QStringLiteral("-"),
                             lastResult(s),
                             s.nextAttemptAt.isValid() ? isoUtc(s.nextAttemptAt) : QStringLiteral("-")};
    }
    ctx.printTable(table);
    for (const Source& s : *sources) {
        if (s.failures > 0 && !s.lastError.isEmpty())
            ctx.out() << "source " << s.id << ": " << s.lastError << "\n";
    }
    return Ok;
}

int runSourcesRemove(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The source's id."));
    if (auto code =
            ctx.parse(parser, QStringLiteral("sources remove ID [--db FILE]"),
                      QStringLiteral("Stop following a feed. The conversations it brought stay."), false))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(BadUsage, QStringLiteral("give one source id"));
    const auto id = parseId(parser.positionalArguments().first());
    if (!id)
        return ctx.fail(
            BadUsage, QStringLiteral("\"%1\" is not a source id").arg(parser.positionalArguments().first()));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    if (auto st = ws->sources().remove(*id); !st)
        return ctx.fail(st.error());
    ctx.out() << "Removed source " << *id << "\n";
    return Ok;
}

int runSourcesDiscover(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("person_id"),
                                 QStringLiteral("The person whose identities to use."));
    parser.addOption({QStringLiteral("add"), QStringLiteral("Follow every feed found.")});
    if (auto code =
            ctx.parse(parser, QStringLiteral("sources discover PERSON_ID [--add] [--json] [--db FILE]"),
                      QStringLiteral("Find the feeds a person's identities publish (Mastodon, Bluesky, "
                                     "GitHub, YouTube, blogs) that they are not followed by yet.")))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(BadUsage, QStringLiteral("give one person id"));
    const auto person = parseId(parser.positionalArguments().first());
    if (!person)
        return ctx.fail(
            BadUsage, QStringLiteral("\"%1\" is not a person id").arg(parser.positionalArguments().first()));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    if (auto exists = ws->people().get(*person); !exists)
        return ctx.fail(exists.error());
    auto found = suggestedSources(*ws, *person);
    if (!found)
        return ctx.fail(found.error());
    QVector<Id> added;
    if (parser.isSet(QStringLiteral("add"))) {
        auto ids = addSuggestedSources(*ws, *person);
        if (!ids)
            return ctx.fail(ids.error());
        added = *ids;
    }
    if (ctx.json()) {
        QJsonArray list;
        for (qsizetype i = 0; i < found->size(); ++i) {
            const FeedCandidate& c = found->at(i);
            list.append(QJsonObject{
                {QStringLiteral("url"), c.url.toString()},
                {QStringLiteral("platform"), c.platform},
                {QStringLiteral("identity_id"), c.identityId},
                {QStringLiteral("page"), c.isPage},
                {QStringLiteral("source_id"), i < added.size() ? QJsonValue(added[i]) : QJsonValue()}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("feeds"), list}});
        return Ok;
    }
    if (found->isEmpty())
        ctx.out() << "No new feeds in this person's identities.\n";
    for (qsizetype i = 0; i < found->size(); ++i) {
        const FeedCandidate& c = found->at(i);
        ctx.out() << (i < added.size() ? QStringLiteral("added %1  ").arg(added[i]) : QString()) << c.platform
                  << "  " << c.url.toString()
                  << (c.isPage ? "  (page: its feed is found when refreshed)" : "") << "\n";
    }
    return Ok;
}

int runSourcesRefresh(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("person"), QStringLiteral("Only this person's sources."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("source"), QStringLiteral("Only this source."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("force"), QStringLiteral("Also fetch sources that are backing off after failures.")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Seconds without an answer before a fetch fails (default 30)."),
                      QStringLiteral("SECONDS")});
    if (auto code = ctx.parse(
            parser,
            QStringLiteral("sources refresh [--person ID | --source ID] [--force] [--timeout SECONDS] "
                           "[--json] [--db FILE]"),
            QStringLiteral(
                "Fetch the followed feeds and add their new items as conversations the person started. "
                "Exits 1 when a source failed.")))
        return *code;
    std::optional<Id> person;
    std::optional<Id> source;
    for (const QString& name : {QStringLiteral("person"), QStringLiteral("source")}) {
        if (!parser.isSet(name))
            continue;
        const auto id = parseId(parser.value(name));
        if (!id)
            return ctx.fail(BadUsage,
                            QStringLiteral("--%1: \"%2\" is not an id").arg(name, parser.value(name)));
        (name == QLatin1String("person") ? person : source) = id;
    }
    if (person && source)
        return ctx.fail(BadUsage, QStringLiteral("give --person or --source, not both"));
    RefreshOptions options;
    options.ignoreBackoff = parser.isSet(QStringLiteral("force"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return ctx.fail(BadUsage, QStringLiteral("--timeout: give seconds between 0 and 3600"));
        options.timeoutMs = int(seconds * 1000);
    }
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    FeedRefresher refresher(*ws, options);
    QEventLoop loop;
    RefreshSummary summary;
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, [&](const RefreshSummary& s) {
        summary = s;
        loop.quit();
    });
    if (!ctx.json()) {
        QObject::connect(&refresher, &FeedRefresher::sourceFinished, &loop, [&](const SourceOutcome& o) {
            QString line = QStringLiteral("%1  %2  ").arg(o.sourceId).arg(o.url.toString());
            switch (o.result) {
            case SourceOutcome::Result::Fetched:
                line += QStringLiteral("%1 new").arg(o.added);
                break;
            case SourceOutcome::Result::NotModified:
                line += QStringLiteral("not modified");
                break;
            case SourceOutcome::Result::Failed:
            case SourceOutcome::Result::Skipped:
                line += QStringLiteral("%1: %2").arg(o.status, o.error);
                break;
            case SourceOutcome::Result::Cancelled:
                line += QStringLiteral("cancelled");
                break;
            }
            ctx.out() << line << "\n";
            ctx.out().flush();
        });
    }
    const Status started = source   ? refresher.refreshSource(*source)
                           : person ? refresher.refreshPerson(*person)
                                    : refresher.refreshAll();
    if (!started)
        return ctx.fail(started.error());
    loop.exec();
    if (ctx.json()) {
        QJsonArray outcomes;
        for (const SourceOutcome& o : summary.outcomes)
            outcomes.append(outcomeJson(o));
        ctx.printJson(QJsonObject{{QStringLiteral("sources"), summary.sources},
                                  {QStringLiteral("fetched"), summary.fetched},
                                  {QStringLiteral("not_modified"), summary.notModified},
                                  {QStringLiteral("failed"), summary.failed},
                                  {QStringLiteral("skipped"), summary.skipped},
                                  {QStringLiteral("added"), summary.added},
                                  {QStringLiteral("outcomes"), outcomes}});
    } else {
        ctx.out() << summary.sources << " sources: " << summary.fetched << " fetched, " << summary.notModified
                  << " not modified, " << summary.failed << " failed, " << summary.skipped << " backing off; "
                  << summary.added << " new items\n";
    }
    ctx.out().flush();
    return summary.failed > 0 ? BadInput : Ok;
}

} // namespace chorus::cli
