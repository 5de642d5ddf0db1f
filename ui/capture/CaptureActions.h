#pragma once

#include "model/Ids.h"

#include <QObject>

class QAction;
class QMenu;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class MainWindow;
class DuplicatesView;
class EventCaptureWindow;
class FollowUpsPanel;
class QuickLogDialog;

/// The Capture menu and its toolbar buttons: Quick Log (Ctrl+L) and the other capture tools. Built once per
/// window by the composition root; the dialogs it opens are created on first use and belong to the window.
class CaptureActions final : public QObject {
    Q_OBJECT
public:
    CaptureActions(MainWindow& window, Workspace& workspace);

    QMenu* menu() const { return m_menu; }
    QuickLogDialog* quickLogDialog();
    EventCaptureWindow* eventCaptureWindow();
    FollowUpsPanel* followUpsPanel() const { return m_followUps; }
    DuplicatesView* duplicatesView();

private:
    QAction* addAction(const QString& name, const QString& text, const QKeySequence& shortcut);
    void openQuickLog();
    void openEventCapture();
    void buildFollowUpsDock();
    void openPerson(Id personId);
    void openDuplicates();

    MainWindow& m_window;
    Workspace& m_workspace;
    QMenu* m_menu = nullptr;
    QuickLogDialog* m_quickLog = nullptr;
    EventCaptureWindow* m_eventCapture = nullptr;
    FollowUpsPanel* m_followUps = nullptr;
    DuplicatesView* m_duplicates = nullptr;
};

} // namespace chorus::ui
