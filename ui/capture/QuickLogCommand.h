#pragma once

#include "capture/QuickLog.h"
#include "storage/PersonRecordRepository.h"

#include <QUndoCommand>

#include <functional>

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Logs a quick-log entry (touchpoint or note, optional follow-up, perhaps a new person). Undo removes what
/// was logged (and the person, if the entry created them); redo puts it back: a created person with their
/// original id, otherwise the same touchpoint, note and follow-up again. A first redo that fails marks the
/// command obsolete, so the history never holds a log that did not happen.
class QuickLogCommand final : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString&)>;

    QuickLogCommand(Workspace& workspace, QuickLogEntry entry, ErrorSink errors);
    void redo() override;
    void undo() override;

    /// What the last redo stored (ids are 0 before the first redo or after a failure).
    const QuickLogResult& result() const { return m_result; }

private:
    bool fail(const Error& error);

    Workspace& m_workspace;
    QuickLogEntry m_entry;
    ErrorSink m_errors;
    QuickLogResult m_result;
    bool m_createdPerson = false;
    PersonRecord m_createdRecord; ///< the created person with everything logged, while undone
};

} // namespace chorus::ui
