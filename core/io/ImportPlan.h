#pragma once

#include "ImportRecord.h"
#include "dedupe/MatchScorer.h"
#include "util/Result.h"

#include <functional>

namespace chorus {
class Workspace;
}

namespace chorus::io {

enum class PlanAction {
    New,     ///< becomes a new person
    Matched, ///< the duplicate matcher found them already stored: their missing details are added
    Skipped, ///< not imported; `reason` says why
};

QString planActionKey(PlanAction action); ///< "new", "matched", "skipped"
QString planActionLabel(PlanAction action);

struct PlannedRow {
    int line = 0;
    PlanAction action = PlanAction::New;
    Person incoming;
    QStringList notes;
    Id matchedId = 0; ///< Matched: the stored person
    QString matchedName;
    double score = 0.0;
    QString reason; ///< Matched: the matcher's evidence; Skipped: the problem
};

/// What an import would do, row by row, before anything is written.
struct ImportPlan {
    QString fileName;
    QVector<PlannedRow> rows;
    int newCount = 0;
    int matchedCount = 0;
    int skippedCount = 0;

    int count(PlanAction action) const;
};

/// Decides for each record: skipped (it has a problem, or repeats an earlier row's handle or name and
/// organisation), matched (PersonMatcher finds a stored person at or above the duplicate threshold) or new.
/// Reads only. `progress` receives 0..1000 and returns false to cancel (ErrorCode::Cancelled).
class ImportPlanner final {
public:
    static Result<ImportPlan> plan(Workspace& workspace, const QString& fileName,
                                   const QVector<ImportRecord>& records,
                                   const std::function<bool(int)>& progress = {},
                                   MatchSettings settings = {});
};

} // namespace chorus::io
