#include "ImportTouchpoints.h"

#include "io/TouchpointImport.h"
#include "storage/Workspace.h"
#include "util/DateParsing.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chorus::cli {
namespace {

QJsonObject planJson(const io::ImportSource& source, const io::TouchpointPlan& plan) {
    QJsonArray rows;
    QJsonArray unknown;
    for (const io::PlannedTouchpoint& row : plan.rows) {
        if (row.unknownPerson)
            unknown.append(row.line);
        if (row.action == io::PlanAction::New)
            continue;
        QJsonObject r{{QStringLiteral("line"), row.line},
                      {QStringLiteral("action"),
                       row.unknownPerson ? QStringLiteral("unknown") : io::planActionKey(row.action)},
                      {QStringLiteral("person"), row.personName},
                      {QStringLiteral("reason"), row.reason}};
        if (row.touchpoint.personId)
            r.insert(QStringLiteral("person_id"), double(row.touchpoint.personId));
        rows.append(r);
    }
    QJsonObject columns;
    for (int i = 0; i < source.header.size(); ++i)
        columns.insert(source.header[i], io::importFieldKey(source.fields.value(i)));
    return {{QStringLiteral("file"), source.fileName},
            {QStringLiteral("format"), source.format},
            {QStringLiteral("target"), QStringLiteral("touchpoints")},
            {QStringLiteral("encoding"), source.encoding},
            {QStringLiteral("delimiter"), QString(source.delimiter)},
            {QStringLiteral("preset"), source.preset},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("new"), plan.newCount},
            {QStringLiteral("matched"), plan.matchedCount},
            {QStringLiteral("skipped"), plan.skippedCount},
            {QStringLiteral("unknown"), plan.unknownCount},
            {QStringLiteral("unknown_lines"), unknown},
            {QStringLiteral("rows"), rows}};
}

void printPlan(QTextStream& out, const io::ImportSource& source, const io::TouchpointPlan& plan) {
    out << source.fileName << ": " << plan.rows.size() << " touchpoints (" << source.encoding << ")"
        << "\n  new:             " << plan.newCount << "\n  already logged:  " << plan.matchedCount
        << "\n  skipped:         " << plan.skippedCount << "\n  unknown person:  " << plan.unknownCount;
    const QVector<int> unknown = plan.unknownLines();
    if (!unknown.isEmpty()) {
        QStringList lines;
        for (int line : unknown.mid(0, 20))
            lines << QString::number(line);
        out << " (line" << (unknown.size() > 1 ? "s " : " ") << lines.join(QStringLiteral(", "))
            << (unknown.size() > 20 ? QStringLiteral(", …") : QString()) << ")";
    }
    out << "\n";
    for (const io::PlannedTouchpoint& row : plan.rows) {
        if (row.action == io::PlanAction::New)
            continue;
        out << "  line " << row.line << ": "
            << (row.unknownPerson                       ? QStringLiteral("unknown person: ")
                : row.action == io::PlanAction::Skipped ? QStringLiteral("skipped: ")
                                                        : QStringLiteral("already logged: "))
            << row.reason << "\n";
    }
}

} // namespace

int importTouchpoints(CliContext& ctx, Workspace& workspace, const io::ImportSource& source, bool dryRun) {
    auto plan = io::TouchpointImport::plan(workspace, source.fileName, source.touchpoints);
    if (!plan)
        return ctx.fail(plan.error());
    QJsonObject json = planJson(source, *plan);
    if (!dryRun) {
        auto added = io::TouchpointImport::commit(workspace, *plan);
        if (!added)
            return ctx.fail(added.error());
        json.insert(QStringLiteral("created"), *added);
        if (!ctx.json()) {
            printPlan(ctx.out(), source, *plan);
            ctx.out() << "Imported: " << *added << " touchpoints; " << plan->matchedCount
                      << " already logged, " << plan->skippedCount << " skipped, " << plan->unknownCount
                      << " with an unknown person.\n";
        }
    } else if (!ctx.json()) {
        printPlan(ctx.out(), source, *plan);
    }
    if (ctx.json())
        ctx.printJson(json);
    ctx.out().flush();
    return Ok;
}

} // namespace chorus::cli
