#pragma once

#include <QObject>

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class MainWindow;

/// Fills the Help menu: About Chorus (the AboutDialog, replacing the shell's plain message box) and Keyboard
/// Shortcuts (Ctrl+/). Built once per window by the composition root, after the other areas' actions so the
/// shortcuts reference sees them all.
class HelpActions final : public QObject {
    Q_OBJECT
public:
    HelpActions(MainWindow& window, Workspace& workspace);

    void showAbout();
    void showShortcuts();

private:
    MainWindow& m_window;
    Workspace& m_workspace;
};

} // namespace chorus::ui
