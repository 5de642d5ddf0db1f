#include "Commands.h"

#include "io/WorkspaceExport.h"

namespace chorus::cli {

int runExport(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("format"), QStringLiteral("vcard, ics, json or csv."));
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The file to write (required)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("vcard-version"), QStringLiteral("vCard only: 3.0 (default) or 4.0."),
                      QStringLiteral("V")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("export vcard|ics|json|csv --out FILE [--vcard-version V] [--db FILE]"),
            QStringLiteral("Export people as vCards, follow-ups and events as iCalendar, the "
                           "whole workspace as JSON, or people as CSV (the columns \"import csv\" "
                           "reads back). The file is written whole or not at all, "
                           "readable by you only."),
            false))
        return *code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(BadUsage, QStringLiteral("give one format: vcard, ics, json or csv"));
    const QString format = args[0].toLower();
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("--out: name the file to write"));
    io::VCardVersion version = io::VCardVersion::V30;
    if (parser.isSet(QStringLiteral("vcard-version"))) {
        const QString v = parser.value(QStringLiteral("vcard-version"));
        if (format != QLatin1String("vcard"))
            return ctx.fail(BadUsage, QStringLiteral("--vcard-version is for vCard exports"));
        if (v == QLatin1String("4.0") || v == QLatin1String("4"))
            version = io::VCardVersion::V40;
        else if (v != QLatin1String("3.0") && v != QLatin1String("3"))
            return ctx.fail(BadUsage, QStringLiteral("--vcard-version: give 3.0 or 4.0"));
    }
    if (format != QLatin1String("vcard") && format != QLatin1String("ics") &&
        format != QLatin1String("json") && format != QLatin1String("csv"))
        return ctx.fail(BadUsage,
                        QStringLiteral("unknown format \"%1\": give vcard, ics, json or csv").arg(args[0]));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    auto bytes = format == QLatin1String("vcard") ? io::WorkspaceExport::vcard(*ws, version)
                 : format == QLatin1String("ics") ? io::WorkspaceExport::icalendar(*ws)
                 : format == QLatin1String("csv") ? io::WorkspaceExport::peopleCsv(*ws)
                                                  : io::WorkspaceExport::json(*ws);
    if (!bytes)
        return ctx.fail(bytes.error());
    if (auto st = io::WorkspaceExport::writeFile(out, *bytes); !st)
        return ctx.fail(st.error());
    ctx.out() << "Wrote " << out << " (" << bytes->size() << " bytes)\n";
    ctx.out().flush();
    return Ok;
}

} // namespace chorus::cli
