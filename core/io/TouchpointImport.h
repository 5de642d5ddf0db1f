#pragma once

#include "ImportPlan.h"

#include <functional>

namespace chorus::io {

struct PlannedTouchpoint {
    int line = 0;
    PlanAction action = PlanAction::New; ///< Matched: already logged, not added again
    bool unknownPerson = false;          ///< Skipped because nobody stored is the row's person
    Touchpoint touchpoint;               ///< personId (and conversationId) filled when found
    QString personName;                  ///< the stored person, or what the row says
    QString reason;                      ///< how the person was found; why the row is skipped
};

/// What a touchpoint import would do, row by row. `unknownCount` rows are not in `skippedCount`.
struct TouchpointPlan {
    QString fileName;
    QVector<PlannedTouchpoint> rows;
    int newCount = 0;
    int matchedCount = 0;
    int skippedCount = 0;
    int unknownCount = 0;

    QVector<int> unknownLines() const;
};

/// Touchpoints from a file into a workspace: each row's person is looked up (its person id; a stored
/// identity — email, handle, profile link; one stored person of exactly that name; or the duplicate matcher
/// at or above its threshold). A row whose person is not found is "unknown"; one with a problem, or repeating
/// an earlier row (same person, kind and time), is skipped; one already logged is "matched" and not added
/// again.
class TouchpointImport final {
public:
    /// Reads only. `progress` receives 0..1000 and returns false to cancel (ErrorCode::Cancelled).
    static Result<TouchpointPlan> plan(Workspace& workspace, const QString& fileName,
                                       const QVector<TouchpointRecord>& records,
                                       const std::function<bool(int)>& progress = {},
                                       MatchSettings settings = {});
    /// The plan's new touchpoints in one transaction; any failure or a cancel writes nothing. Returns how
    /// many were added.
    static Result<int> commit(Workspace& workspace, const TouchpointPlan& plan,
                              const std::function<bool(int)>& progress = {});
};

} // namespace chorus::io
