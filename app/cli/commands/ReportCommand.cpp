#include "Commands.h"

#include "report/ReportExporter.h"
#include "util/DateParsing.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {
namespace {
std::optional<Id> idOption(const QCommandLineParser& parser, const QString& name) {
    bool ok = false;
    const Id id = parser.value(name).toLongLong(&ok);
    return ok && id > 0 ? std::optional<Id>(id) : std::nullopt;
}
} // namespace

int runReport(CliContext& ctx) {
    using namespace chorus::report;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("kind"), QStringLiteral("period, person or community (required)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("First day of the period (default: 29 days before --to)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Last day of the period, included (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("person"), QStringLiteral("The person of a person dossier."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("community"),
                      QStringLiteral("The community of a community report (from the relationship map)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("topic"),
         QStringLiteral("A community report on the people who care about this topic (id or name)."),
         QStringLiteral("TOPIC")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("pdf, html, csv or md (default: from --out's extension)."),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The file to write (required)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("PDF page size: a4 (default) or letter."),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("sections"),
                      QStringLiteral("Only these sections, comma separated (see docs/REPORTS.md)."),
                      QStringLiteral("KEYS")});
    parser.addOption({QStringLiteral("table"),
                      QStringLiteral("What a CSV file holds: people (default) or touchpoints."),
                      QStringLiteral("TABLE")});
    if (auto code = ctx.parse(
            parser,
            QStringLiteral("report --kind period|person|community [--from D --to D] [--person ID] "
                           "[--community ID | --topic TOPIC] --format pdf|html|csv|md --out FILE "
                           "[--page a4|letter] [--sections KEYS] [--table people|touchpoints] "
                           "[--json] [--db FILE]"),
            QStringLiteral("Write a relationship report: a period report (what happened, relationships "
                           "grown or gone cold, top conversations, introductions, the do-with / "
                           "do-to balance), a person dossier, or a community report. The file is "
                           "written whole or not at all, readable by you only.")))
        return *code;

    ReportRequest request;
    const auto kind = reportKindFromKey(parser.value(QStringLiteral("kind")));
    if (!kind)
        return ctx.fail(BadUsage, QStringLiteral("--kind: \"%1\" is not one of period, person, community")
                                      .arg(parser.value(QStringLiteral("kind"))));
    request.kind = *kind;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("--out: name the file to write"));
    if (parser.isSet(QStringLiteral("format"))) {
        const auto format = reportFormatFromKey(parser.value(QStringLiteral("format")));
        if (!format)
            return ctx.fail(BadUsage, QStringLiteral("--format: \"%1\" is not one of pdf, html, csv, md")
                                          .arg(parser.value(QStringLiteral("format"))));
        request.format = *format;
    } else if (const auto format = reportFormatFromFileName(out)) {
        request.format = *format;
    } else {
        return ctx.fail(BadUsage,
                        QStringLiteral("--format: give pdf, html, csv or md (--out has no known extension)"));
    }
    const QString page = parser.value(QStringLiteral("page")).toLower();
    if (page == QLatin1String("letter"))
        request.pageSize = QPageSize::Letter;
    else if (!page.isEmpty() && page != QLatin1String("a4"))
        return ctx.fail(BadUsage, QStringLiteral("--page: \"%1\" is not a4 or letter").arg(page));
    const QString table = parser.value(QStringLiteral("table")).toLower();
    if (table == QLatin1String("touchpoints"))
        request.csvTable = CsvTable::Touchpoints;
    else if (!table.isEmpty() && table != QLatin1String("people"))
        return ctx.fail(BadUsage, QStringLiteral("--table: \"%1\" is not people or touchpoints").arg(table));
    if (parser.isSet(QStringLiteral("sections"))) {
        QStringList known;
        for (const auto& [key, title] : availableSections(request.kind))
            known << key;
        for (const QString& key :
             parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(key.trimmed()))
                return ctx.fail(BadUsage, QStringLiteral("--sections: \"%1\" is not one of %2")
                                              .arg(key.trimmed(), known.join(QStringLiteral(", "))));
            request.sections << key.trimmed();
        }
    }
    for (const QString& name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(name))
            continue;
        const auto date = parseIsoDate(parser.value(name));
        if (!date)
            return ctx.fail(
                BadUsage,
                QStringLiteral("--%1: \"%2\" is not an ISO 8601 date").arg(name, parser.value(name)));
        (name == QLatin1String("from") ? request.from : request.to) = *date;
    }
    if (request.kind == ReportKind::Person) {
        const auto person = idOption(parser, QStringLiteral("person"));
        if (!person)
            return ctx.fail(BadUsage, QStringLiteral("--person: a person dossier needs the person's id"));
        request.personId = *person;
    }
    if (request.kind == ReportKind::Community) {
        if (parser.isSet(QStringLiteral("community"))) {
            const auto community = idOption(parser, QStringLiteral("community"));
            if (!community)
                return ctx.fail(BadUsage, QStringLiteral("--community: \"%1\" is not an id")
                                              .arg(parser.value(QStringLiteral("community"))));
            request.communityId = *community;
        } else if (!parser.isSet(QStringLiteral("topic"))) {
            return ctx.fail(BadUsage,
                            QStringLiteral("a community report needs --community ID or --topic TOPIC"));
        }
    }

    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    if (request.kind == ReportKind::Community && request.communityId == 0) {
        const QString topic = parser.value(QStringLiteral("topic"));
        if (const auto id = idOption(parser, QStringLiteral("topic"))) {
            request.topicId = *id;
        } else {
            auto found = ws->topics().findByName(topic);
            if (!found)
                return ctx.fail(found.error());
            if (!*found)
                return ctx.fail(BadInput, QStringLiteral("--topic: there is no topic \"%1\"").arg(topic));
            request.topicId = (*found)->id;
        }
    }
    const QDate today = ws->clock().now().toUTC().date();
    if (!request.to.isValid())
        request.to = today;
    if (!request.from.isValid())
        request.from = request.to.addDays(-29);
    if (request.to < request.from)
        return ctx.fail(BadUsage,
                        QStringLiteral("--from %1 is after --to %2")
                            .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));

    ReportExporter exporter(*ws);
    if (auto st = exporter.exportTo(request, out); !st)
        return ctx.fail(st.error());
    const qint64 size = QFileInfo(out).size();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                                  {QStringLiteral("kind"), reportKindKey(request.kind)},
                                  {QStringLiteral("format"), reportFormatKey(request.format)},
                                  {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), request.to.toString(Qt::ISODate)},
                                  {QStringLiteral("bytes"), size}});
    } else {
        ctx.out() << "Wrote " << out << " (" << reportFormatKey(request.format) << ", " << size
                  << " bytes)\n";
    }
    return Ok;
}

} // namespace chorus::cli
