#include "Commands.h"

#include "backup/BackupService.h"
#include "privacy/SubjectAccessExport.h"

#include <QJsonObject>

namespace chorus::cli {
namespace {
std::optional<Id> singleId(CliContext& ctx, const QCommandLineParser& parser) {
    if (parser.positionalArguments().size() != 1)
        return std::nullopt;
    bool ok = false;
    const Id id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    Q_UNUSED(ctx);
    return id;
}
} // namespace

int runPersonErase(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The person to erase."));
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Confirm: this cannot be undone.")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("person erase ID --yes [--db FILE]"),
            QStringLiteral("Erase a person everywhere: ties, participation, touchpoints, notes, "
                           "follow-ups, their own posts and the search index, with the freed space "
                           "overwritten and the log truncated. Backups made before stay until purged "
                           "(backup --purge-erased).")))
        return *code;
    const auto id = singleId(ctx, parser);
    if (!id)
        return ctx.fail(BadUsage, QStringLiteral("give exactly one person id"));
    if (!parser.isSet(QStringLiteral("yes")))
        return ctx.fail(BadUsage, QStringLiteral("erasing cannot be undone: add --yes to confirm"));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    auto person = ws->people().get(*id);
    if (!person)
        return ctx.fail(person.error());
    if (auto st = ws->erasure().erase(*id); !st)
        return ctx.fail(st.error());
    const int olderBackups = int(BackupService(*ws).list().size());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("erased"), *id},
                                  {QStringLiteral("backups_before_erasure"), olderBackups}});
    } else {
        ctx.out() << "Erased person " << *id << ".\n";
        if (olderBackups > 0)
            ctx.out() << olderBackups << " backup(s) made before still hold their data; remove them with "
                      << "chorus-cli backup --purge-erased.\n";
    }
    return Ok;
}

int runPersonExport(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The person."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("FILE.json or FILE.html (required)."),
                      QStringLiteral("FILE")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("person export ID --out FILE.json|FILE.html [--db FILE]"),
            QStringLiteral("Export everything held about one person (subject access): every row that "
                           "references them, and nobody else's data."),
            false))
        return *code;
    const auto id = singleId(ctx, parser);
    if (!id)
        return ctx.fail(BadUsage, QStringLiteral("give exactly one person id"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("--out: name the file to write"));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    if (auto st = SubjectAccessExport(*ws).write(*id, out); !st)
        return ctx.fail(st.error());
    ctx.out() << "Wrote " << out << "\n";
    return Ok;
}

} // namespace chorus::cli
