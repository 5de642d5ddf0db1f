#pragma once

#include <QLabel>
#include <QTimer>

namespace chorus {
class Workspace;
struct Change;
} // namespace chorus

namespace chorus::ui {

/// The status bar's summary of the open workspace: its name and how many people, conversations and
/// events it holds. Recounts shortly after committed changes (coalesced, so an import recounts once).
class WorkspaceStatus final : public QLabel {
    Q_OBJECT
public:
    explicit WorkspaceStatus(Workspace& workspace, QWidget* parent = nullptr);

    void refresh();

private:
    Workspace& m_workspace;
    QTimer m_recount;
};

} // namespace chorus::ui
