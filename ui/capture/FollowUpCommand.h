#pragma once

#include "model/FollowUp.h"

#include <QDate>
#include <QUndoCommand>

#include <functional>

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Marks a follow-up done, or snoozes it to a date; undo puts it back exactly as it was (FollowUpActions).
class FollowUpCommand final : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString&)>;
    enum class Action { Done, Snooze };

    FollowUpCommand(Workspace& workspace, const FollowUp& followUp, Action action, const QDate& until,
                    ErrorSink errors);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    Id m_id;
    Action m_action;
    QDate m_until;
    ErrorSink m_errors;
    FollowUp m_before;
    bool m_done = false;
};

} // namespace chorus::ui
