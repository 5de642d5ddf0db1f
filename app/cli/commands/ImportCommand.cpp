#include "Commands.h"
#include "ImportTouchpoints.h"

#include "io/ColumnMapping.h"
#include "io/CsvImport.h"
#include "io/ImportCommit.h"
#include "io/ImportPlan.h"
#include "io/JsonWorkspace.h"
#include "io/VCardImport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace chorus::cli {
namespace {

const QString kSynopsis =
    QStringLiteral("import csv|vcard|json FILE [--mapping M] [--encoding E] [--delimiter D] "
                   "[--dry-run] [--json] [--db FILE]");

QJsonObject planJson(const io::ImportSource& source, const io::ImportPlan& plan) {
    QJsonArray rows;
    for (const io::PlannedRow& row : plan.rows) {
        if (row.action == io::PlanAction::New)
            continue; // new rows are many and say nothing more than the count
        QJsonObject r{{QStringLiteral("line"), row.line},
                      {QStringLiteral("action"), io::planActionKey(row.action)},
                      {QStringLiteral("name"), row.incoming.name},
                      {QStringLiteral("reason"), row.reason}};
        if (row.action == io::PlanAction::Matched) {
            r.insert(QStringLiteral("matched_id"), double(row.matchedId));
            r.insert(QStringLiteral("matched_name"), row.matchedName);
        }
        rows.append(r);
    }
    QJsonObject out{{QStringLiteral("file"), source.fileName},
                    {QStringLiteral("format"), source.format},
                    {QStringLiteral("encoding"), source.encoding},
                    {QStringLiteral("new"), plan.newCount},
                    {QStringLiteral("matched"), plan.matchedCount},
                    {QStringLiteral("skipped"), plan.skippedCount},
                    {QStringLiteral("rows"), rows}};
    if (source.format == QLatin1String("csv")) {
        out.insert(QStringLiteral("delimiter"), QString(source.delimiter));
        out.insert(QStringLiteral("preset"), source.preset);
        QJsonObject columns;
        for (int i = 0; i < source.header.size(); ++i)
            columns.insert(source.header[i], io::importFieldKey(source.fields.value(i)));
        out.insert(QStringLiteral("columns"), columns);
    }
    return out;
}

void printPlan(QTextStream& out, const io::ImportSource& source, const io::ImportPlan& plan) {
    out << source.fileName << ": " << plan.rows.size() << " rows";
    if (source.format == QLatin1String("csv")) {
        const QString delimiter = source.delimiter == QLatin1Char('\t')  ? QStringLiteral("tab")
                                  : source.delimiter == QLatin1Char(';') ? QStringLiteral("semicolon")
                                                                         : QStringLiteral("comma");
        out << " (" << source.encoding << ", " << delimiter << "-separated";
        if (!source.preset.isEmpty())
            out << ", " << io::findPreset(source.preset)->label;
        out << ")";
    }
    out << "\n  new:     " << plan.newCount << "\n  matched: " << plan.matchedCount
        << "\n  skipped: " << plan.skippedCount << "\n";
    for (const io::PlannedRow& row : plan.rows) {
        if (row.action == io::PlanAction::Matched)
            out << "  line " << row.line << ": " << row.incoming.name << " = #" << row.matchedId << " "
                << row.matchedName << " (" << row.reason << ")\n";
        else if (row.action == io::PlanAction::Skipped)
            out << "  line " << row.line << ": skipped: " << row.reason << "\n";
    }
}

int importJson(CliContext& ctx, const QByteArray& bytes, const QString& file, bool dryRun) {
    auto dump = io::JsonWorkspace::parse(bytes, file);
    if (!dump)
        return ctx.fail(dump.error());
    QJsonObject counts;
    for (const auto& [table, rows] : dump->tables)
        counts.insert(table->name, double(rows.size()));
    if (dryRun) {
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("file"), file},
                                      {QStringLiteral("format"), QStringLiteral("json")},
                                      {QStringLiteral("tables"), counts}});
        } else {
            ctx.out() << file << ": a whole workspace\n";
            for (const auto& [table, rows] : dump->tables)
                ctx.out() << "  " << table->name << ": " << rows.size() << "\n";
        }
        return Ok;
    }
    int code = Ok;
    auto ws = ctx.openWorkspace(true, &code);
    if (!ws)
        return code;
    if (auto st = io::JsonWorkspace::importInto(*ws, *dump); !st)
        return ctx.fail(st.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("imported"), counts}});
    else
        ctx.out() << "Imported " << dump->people() << " people and everything about them from " << file
                  << "\n";
    ctx.out().flush();
    return Ok;
}

} // namespace

int runImport(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("format"), QStringLiteral("csv, vcard or json."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to import."));
    parser.addOption(
        {QStringLiteral("mapping"),
         QStringLiteral("CSV only: a preset (linkedin, google, outlook, chorus, touchpoints) or a "
                        "JSON mapping file (\"target\": \"touchpoints\" for a touchpoint log); without "
                        "it the header decides."),
         QStringLiteral("M")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("CSV only: the file's encoding (default: detected)."),
                      QStringLiteral("E")});
    parser.addOption({QStringLiteral("delimiter"),
                      QStringLiteral("CSV only: comma, semicolon or tab (default: detected)."),
                      QStringLiteral("D")});
    parser.addOption(
        {QStringLiteral("dry-run"),
         QStringLiteral("Show what would be imported (new, matched, skipped) and change nothing.")});
    if (auto code =
            ctx.parse(parser, kSynopsis,
                      QStringLiteral("Import people (or touchpoints with people already stored) from a "
                                     "CSV file, people from vCards, or a whole workspace from "
                                     "JSON. People already in the workspace are matched (same email or "
                                     "handle, similar name) and gain what they lack. All or nothing.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.fail(BadUsage, QStringLiteral("give a format (csv, vcard or json) and a file"));
    const QString format = args[0].toLower();
    const QString file = args[1];
    if (format != QLatin1String("csv") && format != QLatin1String("vcard") && format != QLatin1String("json"))
        return ctx.fail(BadUsage,
                        QStringLiteral("unknown format \"%1\": give csv, vcard or json").arg(args[0]));
    const bool csvOnly = parser.isSet(QStringLiteral("mapping")) ||
                         parser.isSet(QStringLiteral("encoding")) ||
                         parser.isSet(QStringLiteral("delimiter"));
    if (csvOnly && format != QLatin1String("csv"))
        return ctx.fail(BadUsage, QStringLiteral("--mapping, --encoding and --delimiter are for CSV files"));
    io::CsvImportOptions options;
    if (parser.isSet(QStringLiteral("mapping"))) {
        auto mapping = io::loadMapping(parser.value(QStringLiteral("mapping")));
        if (!mapping)
            return ctx.fail(mapping.error());
        options = *mapping;
    }
    if (parser.isSet(QStringLiteral("encoding")))
        options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString d = parser.value(QStringLiteral("delimiter")).toLower();
        if (d == QLatin1String("comma") || d == QLatin1String(","))
            options.delimiter = QLatin1Char(',');
        else if (d == QLatin1String("semicolon") || d == QLatin1String(";"))
            options.delimiter = QLatin1Char(';');
        else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
            options.delimiter = QLatin1Char('\t');
        else
            return ctx.fail(BadUsage, QStringLiteral("--delimiter: give comma, semicolon or tab"));
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return ctx.fail(BadInput, QStringLiteral("%1: %2").arg(file, in.errorString()));
    const QByteArray bytes = in.readAll();
    const QString name = QFileInfo(file).fileName();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (format == QLatin1String("json"))
        return importJson(ctx, bytes, file, dryRun);

    // Read the whole file before touching the workspace: a malformed file changes (and creates) nothing.
    auto source = format == QLatin1String("csv") ? io::CsvImport::read(bytes, name, options)
                                                 : io::VCardImport::read(bytes, name);
    if (!source)
        return ctx.fail(source.error());
    std::unique_ptr<Workspace> ws;
    QTemporaryDir scratch; // a dry run against a workspace that does not exist yet plans against an empty one
    int code = Ok;
    if (dryRun && !QFileInfo::exists(ctx.databasePath())) {
        Workspace::Options create;
        create.create = true;
        auto empty = Workspace::open(scratch.filePath(QStringLiteral("dry-run.chorus")), create);
        if (!empty)
            return ctx.fail(empty.error());
        ws = std::move(*empty);
    } else {
        ws = ctx.openWorkspace(true, &code);
        if (!ws)
            return code;
    }
    if (source->target == io::ImportTarget::Touchpoints)
        return importTouchpoints(ctx, *ws, *source, dryRun);
    auto plan = io::ImportPlanner::plan(*ws, name, source->records);
    if (!plan)
        return ctx.fail(plan.error());
    if (dryRun) {
        if (ctx.json())
            ctx.printJson(planJson(*source, *plan));
        else
            printPlan(ctx.out(), *source, *plan);
        ctx.out().flush();
        return Ok;
    }
    auto outcome = io::ImportCommitter::commit(*ws, *plan);
    if (!outcome)
        return ctx.fail(outcome.error());
    if (ctx.json()) {
        QJsonObject result = planJson(*source, *plan);
        result.insert(QStringLiteral("created"), outcome->created);
        result.insert(QStringLiteral("updated"), outcome->updated);
        result.insert(QStringLiteral("unchanged"), outcome->unchanged);
        ctx.printJson(result);
    } else {
        printPlan(ctx.out(), *source, *plan);
        ctx.out() << "Imported: " << outcome->created << " new, " << outcome->updated << " updated, "
                  << outcome->unchanged << " unchanged, " << outcome->skipped << " skipped.\n";
    }
    ctx.out().flush();
    return Ok;
}

} // namespace chorus::cli
