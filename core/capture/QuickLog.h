#pragma once

#include "PersonResolver.h"
#include "model/Touchpoint.h"
#include "util/Result.h"

#include <QDate>

namespace chorus {

class Workspace;

/// What the keyboard-first quick-log dialog (and `chorus-cli capture`) sends.
struct QuickLogEntry {
    PersonReference who; ///< an id from completion, or a new name, with handles to match by
    std::optional<TouchpointKind> kind = TouchpointKind::Replied; ///< empty: log only a note on the person
    Direction direction = Direction::Outbound;
    QString when; ///< "now" (empty), "yesterday", "2 days ago", "3d", "last monday", ISO 8601
    Id conversationId = 0;
    Id eventId = 0;
    QString note;        ///< the touchpoint's note; without a kind, a note on the person
    QString followUp;    ///< what was promised, or empty
    QString followUpDue; ///< "friday", "in 2 weeks", ISO; empty: in 7 days
};

/// The entry understood, before anything is written (for the dialog's live preview).
struct QuickLogPlan {
    PersonResolution person; ///< personId 0: a new person will be created
    std::optional<TouchpointKind> kind;
    QDateTime at;
    QDate followUpDue; ///< null without a follow-up
};

struct QuickLogResult {
    QuickLogPlan plan;
    Id personId = 0;
    Id touchpointId = 0; ///< 0 when only a note was logged
    Id noteId = 0;       ///< a note on the person (no kind given)
    Id followUpId = 0;
};

/// Logs a touchpoint (or a note) in one transaction: resolves who (PersonResolver: id, handle, name, or a new
/// person), when (natural dates relative to the workspace clock), an optional follow-up with its due date.
class QuickLog final {
public:
    explicit QuickLog(Workspace& workspace)
        : m_workspace(workspace) {}

    /// Parse and resolve without writing; errors name the field ("When: …", "Due: …").
    Result<QuickLogPlan> prepare(const QuickLogEntry& entry) const;
    Result<QuickLogResult> save(const QuickLogEntry& entry);

private:
    Workspace& m_workspace;
};

} // namespace chorus
