#include "HelpActions.h"

#include "AboutDialog.h"
#include "ShortcutsDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QMenu>

namespace chorus::ui {

HelpActions::HelpActions(MainWindow& window, Workspace& workspace)
    : QObject(&window)
    , m_window(window)
    , m_workspace(workspace) {
    QMenu* help = window.menu(MainWindow::MenuId::Help);
    if (auto* about = window.findChild<QAction*>(QStringLiteral("actionAbout"))) {
        disconnect(about, &QAction::triggered, nullptr, nullptr);
        connect(about, &QAction::triggered, this, &HelpActions::showAbout);
    }
    auto* shortcuts = new QAction(tr("&Keyboard Shortcuts"), &window);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    if (help)
        help->insertAction(help->actions().value(0), shortcuts);
    else
        window.addAction(shortcuts);
}

void HelpActions::showAbout() {
    auto* dialog = new AboutDialog(BuildInfo::collect(&m_workspace), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpActions::showShortcuts() {
    auto* dialog = new ShortcutsDialog(m_window, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace chorus::ui
