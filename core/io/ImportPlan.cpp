#include "ImportPlan.h"

#include "dedupe/PersonMatcher.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace chorus::io {

QString planActionKey(PlanAction action) {
    switch (action) {
    case PlanAction::New:
        return QStringLiteral("new");
    case PlanAction::Matched:
        return QStringLiteral("matched");
    case PlanAction::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString planActionLabel(PlanAction action) {
    switch (action) {
    case PlanAction::New:
        return QCoreApplication::translate("Import", "New");
    case PlanAction::Matched:
        return QCoreApplication::translate("Import", "Matched");
    case PlanAction::Skipped:
        return QCoreApplication::translate("Import", "Skipped");
    }
    return {};
}

int ImportPlan::count(PlanAction action) const {
    switch (action) {
    case PlanAction::New:
        return newCount;
    case PlanAction::Matched:
        return matchedCount;
    case PlanAction::Skipped:
        return skippedCount;
    }
    return 0;
}

Result<ImportPlan> ImportPlanner::plan(Workspace& workspace, const QString& fileName,
                                       const QVector<ImportRecord>& records,
                                       const std::function<bool(int)>& progress, MatchSettings settings) {
    ImportPlan plan;
    plan.fileName = fileName;
    plan.rows.reserve(records.size());
    auto stored = workspace.people().count(true);
    if (!stored)
        return stored.error();
    const bool matchStored = *stored > 0;
    const PersonMatcher matcher(workspace, settings);
    const qsizetype total = records.size();
    QHash<QString, int> lineOfKey; // identity or name key → first line in the file
    lineOfKey.reserve(total * 3);  // a name key and one or two identities a row: no rehashing on the way
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && (i % 256) == 0 && !progress(int(1000 * i / std::max<qsizetype>(1, total))))
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("Import", "Cancelled"));
        const ImportRecord& r = records[i];
        PlannedRow row;
        row.line = r.line;
        row.incoming = r.person;
        row.notes = r.notes;
        if (!r.problem.isEmpty()) {
            row.action = PlanAction::Skipped;
            row.reason = r.problem;
        } else {
            // The same person twice in one file: the first row wins. A shared handle or address means the
            // same person; the same name and organisation only when the later row has no handle of its own to
            // tell them apart (two "Wei Wang"s at one company with different addresses are two people).
            QStringList keys;
            for (const Identity& id : r.person.identities)
                keys << id.platform + QLatin1Char(':') + normalizedHandle(id.platform, id.handle);
            keys << QStringLiteral("name:") + r.person.name.simplified().toCaseFolded() + QLatin1Char('|') +
                        r.person.organisation.simplified().toCaseFolded();
            const bool anonymous = r.person.identities.isEmpty();
            for (const QString& key : keys) {
                if (!anonymous && key.startsWith(QLatin1String("name:")))
                    continue;
                if (auto it = lineOfKey.constFind(key); it != lineOfKey.cend()) {
                    row.action = PlanAction::Skipped;
                    row.reason =
                        key.startsWith(QLatin1String("name:"))
                            ? QCoreApplication::translate("Import", "the same name and organisation as "
                                                                    "line %1")
                                  .arg(*it)
                            : QCoreApplication::translate("Import", "the same %1 %2 as line %3")
                                  .arg(platformLabel(key.section(QLatin1Char(':'), 0, 0)),
                                       key.mid(key.indexOf(QLatin1Char(':')) + 1), QString::number(*it));
                    break;
                }
            }
            if (row.action != PlanAction::Skipped) {
                for (const QString& key : keys)
                    lineOfKey.insert(key, r.line);
                if (matchStored) {
                    auto candidates = matcher.candidatesFor(r.person, 1);
                    if (!candidates)
                        return candidates.error();
                    if (!candidates->isEmpty() && candidates->first().score >= settings.duplicateThreshold) {
                        const MatchCandidate& best = candidates->first();
                        row.action = PlanAction::Matched;
                        row.matchedId = best.personId;
                        row.matchedName = best.name;
                        row.score = best.score;
                        row.reason = best.explanation();
                    }
                }
            }
        }
        switch (row.action) {
        case PlanAction::New:
            ++plan.newCount;
            break;
        case PlanAction::Matched:
            ++plan.matchedCount;
            break;
        case PlanAction::Skipped:
            ++plan.skippedCount;
            break;
        }
        plan.rows << std::move(row);
    }
    if (progress)
        progress(1000);
    return plan;
}

} // namespace chorus::io
