#include "Commands.h"
#include "JsonOutput.h"

#include "dedupe/PersonMerger.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {

int runMerge(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("survivor"), QStringLiteral("The person to keep."));
    parser.addPositionalArgument(QStringLiteral("other"),
                                 QStringLiteral("The person merged into it and removed."));
    parser.addOption(
        {QStringLiteral("take"),
         QStringLiteral("Take these fields from OTHER, comma separated: name, organisation, role, "
                        "location, stance, reach, archived (default: the survivor's, the other's where "
                        "the survivor has none)."),
         QStringLiteral("FIELDS")});
    parser.addOption(
        {QStringLiteral("yes"), QStringLiteral("Really merge (without it, only show what would move).")});
    if (auto code = ctx.parse(
            parser, QStringLiteral("merge SURVIVOR OTHER [--take FIELDS] --yes [--json] [--db FILE]"),
            QStringLiteral("Merge OTHER into SURVIVOR: every identity, tie, participation, touchpoint, "
                           "note, follow-up and attendance moves; OTHER is removed.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.fail(BadUsage, QStringLiteral("give two person ids: SURVIVOR OTHER"));
    bool ok1 = false, ok2 = false;
    const Id survivor = args[0].toLongLong(&ok1);
    const Id other = args[1].toLongLong(&ok2);
    if (!ok1 || !ok2 || survivor <= 0 || other <= 0)
        return ctx.fail(BadUsage,
                        QStringLiteral("\"%1\" or \"%2\" is not a person id").arg(args[0], args[1]));
    if (survivor == other)
        return ctx.fail(BadUsage, QStringLiteral("SURVIVOR and OTHER are the same person"));
    static const QMap<QString, MergeField> fields{{QStringLiteral("name"), MergeField::Name},
                                                  {QStringLiteral("organisation"), MergeField::Organisation},
                                                  {QStringLiteral("role"), MergeField::Role},
                                                  {QStringLiteral("location"), MergeField::Location},
                                                  {QStringLiteral("stance"), MergeField::Stance},
                                                  {QStringLiteral("reach"), MergeField::Reach},
                                                  {QStringLiteral("archived"), MergeField::Archived}};
    QVector<MergeField> take;
    for (const QString& word :
         parser.value(QStringLiteral("take")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!fields.contains(word.trimmed()))
            return ctx.fail(BadUsage, QStringLiteral("--take: \"%1\" is not one of %2")
                                          .arg(word.trimmed(), fields.keys().join(QStringLiteral(", "))));
        take << fields.value(word.trimmed());
    }
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    PersonMerger merger(*ws);
    auto preview = merger.preview(survivor, other);
    if (!preview)
        return ctx.fail(preview.error());
    MergeRequest request = preview->defaults;
    for (MergeField f : take)
        request.take(f, preview->other);
    if (!parser.isSet(QStringLiteral("yes"))) {
        QTextStream& out = ctx.out();
        out << "Would merge " << preview->other.name << " (" << other << ") into " << preview->survivor.name
            << " (" << survivor << "):\n";
        for (const ReferencingRows& r : preview->moving)
            out << "  " << r.rows << " " << r.table << "\n";
        out << "Result: " << request.fields.name;
        if (!request.fields.organisation.isEmpty())
            out << ", " << request.fields.organisation;
        out << " (" << stanceKey(request.fields.stance) << ")\n";
        out.flush();
        return ctx.fail(BadUsage, QStringLiteral("nothing changed: add --yes to merge"));
    }
    auto undo = merger.merge(request);
    if (!undo)
        return ctx.fail(undo.error());
    auto person = ws->people().get(survivor);
    if (!person)
        return ctx.fail(person.error());
    if (ctx.json()) {
        QJsonObject moved;
        for (const ReferencingRows& r : preview->moving)
            moved.insert(r.table, r.rows);
        ctx.printJson(QJsonObject{{QStringLiteral("person"), personJson(*person)},
                                  {QStringLiteral("removed"), double(other)},
                                  {QStringLiteral("moved"), moved}});
    } else {
        ctx.out() << "Merged " << preview->other.name << " (" << other << ") into " << person->name << " ("
                  << survivor << ")\n";
    }
    return Ok;
}

} // namespace chorus::cli
