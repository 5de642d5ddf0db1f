#include "StatusCommand.h"

namespace chorus::ui {

StatusCommand::StatusCommand(const QString& text, Step redo, Step undo, ErrorSink errors)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_errors(std::move(errors)) {}

void StatusCommand::redo() {
    const Status st = m_redo();
    if (!st) {
        if (!m_done)
            setObsolete(true);
        if (m_errors)
            m_errors(st.error().message);
    }
    m_done = true;
}

void StatusCommand::undo() {
    const Status st = m_undo();
    if (!st && m_errors)
        m_errors(st.error().message);
}

} // namespace chorus::ui
