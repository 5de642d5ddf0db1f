#pragma once

#include "util/Result.h"

#include <QUndoCommand>

#include <functional>

namespace chorus::ui {

/// An undoable edit made of two storage calls: one that does it and one that takes it back. When the
/// first "do" fails the command marks itself obsolete (QUndoStack drops it) and reports the message;
/// later failures are reported too.
class StatusCommand final : public QUndoCommand {
public:
    using Step = std::function<Status()>;
    using ErrorSink = std::function<void(const QString&)>;

    StatusCommand(const QString& text, Step redo, Step undo, ErrorSink errors);
    void redo() override;
    void undo() override;

private:
    Step m_redo;
    Step m_undo;
    ErrorSink m_errors;
    bool m_done = false;
};

} // namespace chorus::ui
