#include "Commands.h"
#include "JsonOutput.h"

namespace chorus::cli {

int runInfo(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Skip the full integrity check.")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("info [--quick] [--json] [--db FILE]"),
            QStringLiteral("Show counts per entity, the schema version, the file size and the result "
                           "of SQLite's integrity check.")))
        return *code;
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    auto info = ws->info().info(!parser.isSet(QStringLiteral("quick")));
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json()) {
        ctx.printJson(infoJson(*info));
    } else {
        QList<QStringList> rows{
            {QStringLiteral("workspace"), info->path},
            {QStringLiteral("schema version"), QString::number(info->schemaVersion)},
            {QStringLiteral("revision"), QString::number(info->revision)},
            {QStringLiteral("size"),
             QStringLiteral("%1 MB").arg(double(info->fileBytes) / 1048576.0, 0, 'f', 1)}};
        if (!info->integrity.isEmpty())
            rows << QStringList{QStringLiteral("integrity"), info->integrity};
        for (auto it = info->counts.cbegin(); it != info->counts.cend(); ++it)
            rows << QStringList{it.key(), QString::number(it.value())};
        ctx.printTable(rows);
    }
    return info->integrity.isEmpty() || info->integrity == QLatin1String("ok") ? Ok : BadInput;
}

} // namespace chorus::cli
