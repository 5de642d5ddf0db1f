#include "Commands.h"

#include "backup/BackupService.h"
#include "util/DateParsing.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {

int runBackup(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("list"), QStringLiteral("List the backups with their dates and counts.")});
    parser.addOption(
        {QStringLiteral("prune"), QStringLiteral("Remove backups older than the kept number of days.")});
    parser.addOption(
        {QStringLiteral("purge-erased"),
         QStringLiteral("Remove backups made before the last erasure (they may hold erased people).")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("backup [--list | --prune | --purge-erased] [--json] [--db FILE]"),
            QStringLiteral("Make a verified backup of the workspace (VACUUM INTO, then integrity_check) "
                           "next to it in backups/, or list and prune the backups.")))
        return *code;
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    BackupService backups(*ws);
    if (parser.isSet(QStringLiteral("prune")) || parser.isSet(QStringLiteral("purge-erased"))) {
        auto removed =
            parser.isSet(QStringLiteral("prune")) ? backups.prune() : backups.purgeOlderThanLastErasure();
        if (!removed)
            return ctx.fail(removed.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("removed"), *removed}});
        else
            ctx.out() << "Removed " << *removed << " backup(s).\n";
        return Ok;
    }
    if (parser.isSet(QStringLiteral("list"))) {
        auto described = backups.describe();
        if (!described)
            return ctx.fail(described.error());
        QJsonArray array;
        QList<QStringList> table{{QStringLiteral("made"), QStringLiteral("reason"), QStringLiteral("people"),
                                  QStringLiteral("touchpoints"), QStringLiteral("size"),
                                  QStringLiteral("file")}};
        for (const BackupSummary& b : *described) {
            QJsonObject counts;
            for (auto it = b.counts.cbegin(); it != b.counts.cend(); ++it)
                counts.insert(it.key(), double(it.value()));
            array.append(QJsonObject{{QStringLiteral("path"), b.file.path},
                                     {QStringLiteral("created_at"), isoUtc(b.file.createdAt)},
                                     {QStringLiteral("reason"), b.file.reason},
                                     {QStringLiteral("bytes"), double(b.file.bytes)},
                                     {QStringLiteral("predates_erasure"), b.predatesErasure},
                                     {QStringLiteral("counts"), counts}});
            table << QStringList{isoUtc(b.file.createdAt),
                                 b.file.reason +
                                     (b.predatesErasure ? QStringLiteral(" (before an erasure)") : QString()),
                                 QString::number(b.counts.value(QStringLiteral("people"))),
                                 QString::number(b.counts.value(QStringLiteral("touchpoints"))),
                                 QStringLiteral("%1 MB").arg(double(b.file.bytes) / 1048576.0, 0, 'f', 1),
                                 b.file.path};
        }
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("backups"), array}});
        else if (described->isEmpty())
            ctx.out() << "No backups yet.\n";
        else
            ctx.printTable(table);
        return Ok;
    }
    auto made = backups.create(QStringLiteral("manual"));
    if (!made)
        return ctx.fail(made.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("path"), made->path},
                                  {QStringLiteral("created_at"), isoUtc(made->createdAt)}});
    else
        ctx.out() << "Backed up to " << made->path << "\n";
    return Ok;
}

int runRestore(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("backup"), QStringLiteral("The backup file to restore."));
    if (auto code =
            ctx.parse(parser, QStringLiteral("restore BACKUP [--db FILE]"),
                      QStringLiteral("Replace the workspace with a verified backup. What it replaces is kept "
                                     "as a pre-restore backup first; nothing changes if any step fails."),
                      false))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(BadUsage, QStringLiteral("name exactly one backup file"));
    const QString backup = parser.positionalArguments().first();
    if (!QFileInfo::exists(backup))
        return ctx.fail(BadInput, QStringLiteral("%1: no such backup").arg(backup));
    const QString target = ctx.databasePath();
    if (auto st = BackupService::restore(backup, target); !st)
        return ctx.fail(st.error());
    ctx.out() << "Restored " << target << " from " << backup << "\n";
    return Ok;
}

} // namespace chorus::cli
