#pragma once

#include "MainWindow.h"

#include <QObject>

class QAction;
class QMenu;

namespace chorus::ui {

/// The main window's menus, standard actions and toolbar entries. Actions carry object names
/// ("actionFind", "actionUndo", "actionGoto-people"…) so tests and pages can find them.
class MainWindowMenus final : public QObject {
    Q_OBJECT
public:
    explicit MainWindowMenus(MainWindow* window);

    QMenu* menu(MainWindow::MenuId id) const;

signals:
    void findTriggered();

private:
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildHelpMenu();
    void fillRecentMenu();
    void chooseNewWorkspace();
    void chooseExistingWorkspace();
    QAction* addAction(QMenu* menu, const QString& name, const QString& text, const QKeySequence& shortcut);

    MainWindow* m_window;
    QMenu* m_file = nullptr;
    QMenu* m_recent = nullptr;
    QMenu* m_edit = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_help = nullptr;
};

} // namespace chorus::ui
