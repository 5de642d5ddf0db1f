#include "FollowUpCommand.h"

#include "capture/FollowUpActions.h"

#include <QCoreApplication>
#include <QLocale>

namespace chorus::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FollowUpCommand)
};
} // namespace

FollowUpCommand::FollowUpCommand(Workspace& workspace, const FollowUp& followUp, Action action,
                                 const QDate& until, ErrorSink errors)
    : m_workspace(workspace)
    , m_id(followUp.id)
    , m_action(action)
    , m_until(until)
    , m_errors(std::move(errors)) {
    setText(action == Action::Done
                ? Tr::tr("Follow-up Done: %1").arg(followUp.title)
                : Tr::tr("Snooze Until %1: %2")
                      .arg(QLocale().toString(until, QLocale::ShortFormat), followUp.title));
}

void FollowUpCommand::redo() {
    FollowUpActions actions(m_workspace);
    auto before = m_action == Action::Done ? actions.markDone(m_id) : actions.snooze(m_id, m_until);
    if (!before) {
        if (!m_done)
            setObsolete(true);
        if (m_errors)
            m_errors(before.error().message);
        return;
    }
    if (!m_done)
        m_before = *before;
    m_done = true;
}

void FollowUpCommand::undo() {
    if (auto st = FollowUpActions(m_workspace).restore(m_before); !st && m_errors)
        m_errors(st.error().message);
}

} // namespace chorus::ui
