#include "CaptureActions.h"

#include "DuplicatesView.h"
#include "EventCaptureWindow.h"
#include "FollowUpsPanel.h"
#include "MergeDialog.h"
#include "QuickLogDialog.h"
#include "people/PeopleView.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

namespace chorus::ui {

CaptureActions::CaptureActions(MainWindow& window, Workspace& workspace)
    : QObject(&window)
    , m_window(window)
    , m_workspace(workspace) {
    m_menu = new QMenu(tr("&Capture"), &window);
    m_menu->setObjectName(QStringLiteral("menuCapture"));
    // Before Help, which stays last.
    QMenu* help = window.menu(MainWindow::MenuId::Help);
    window.menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_menu);

    QAction* quickLog =
        addAction(QStringLiteral("actionQuickLog"), tr("&Quick Log…"), QKeySequence(Qt::CTRL | Qt::Key_L));
    quickLog->setToolTip(tr("Log a touchpoint or a note (Ctrl+L)"));
    connect(quickLog, &QAction::triggered, this, &CaptureActions::openQuickLog);
    window.mainToolBar()->addAction(quickLog);

    QAction* eventCapture = addAction(QStringLiteral("actionEventCapture"), tr("&Event Capture…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    eventCapture->setToolTip(tr("Capture the people you met at an event (Ctrl+Shift+L)"));
    connect(eventCapture, &QAction::triggered, this, &CaptureActions::openEventCapture);
    buildFollowUpsDock();

    m_menu->addSeparator();
    QAction* duplicates = addAction(QStringLiteral("actionFindDuplicates"), tr("Find &Duplicates…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    duplicates->setToolTip(tr("People who are probably one person, to merge (Ctrl+Shift+D)"));
    connect(duplicates, &QAction::triggered, this, &CaptureActions::openDuplicates);
}

DuplicatesView* CaptureActions::duplicatesView() {
    if (!m_duplicates) {
        m_duplicates = new DuplicatesView(m_workspace, m_window.undoStack(), &m_window);
        connect(m_duplicates, &DuplicatesView::statusMessage, &m_window,
                [this](const QString& text) { m_window.showMessage(text); });
    }
    return m_duplicates;
}

void CaptureActions::openDuplicates() {
    DuplicatesView* view = duplicatesView();
    const bool first = !view->isVisible();
    view->show();
    view->raise();
    view->activateWindow();
    if (first && !view->isScanning())
        view->startScan();
}

void CaptureActions::buildFollowUpsDock() {
    auto* dock = new QDockWidget(tr("Follow-ups"), &m_window);
    dock->setObjectName(QStringLiteral("followUpsDock"));
    m_followUps = new FollowUpsPanel(m_workspace, m_window.undoStack(), dock);
    dock->setWidget(m_followUps);
    m_window.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    connect(m_followUps, &FollowUpsPanel::personRequested, this, &CaptureActions::openPerson);
    connect(m_followUps, &FollowUpsPanel::statusMessage, &m_window,
            [this](const QString& text) { m_window.showMessage(text); });

    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionFollowUps"));
    toggle->setText(tr("&Follow-ups"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    toggle->setToolTip(tr("Open follow-ups, overdue first (Ctrl+Shift+U)"));
    m_menu->addAction(toggle);
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_followUps->table()->setFocus(Qt::ShortcutFocusReason);
    });
}

void CaptureActions::openPerson(Id personId) {
    auto* people = qobject_cast<PeopleView*>(m_window.page(PageId::People));
    if (!people || personId == 0)
        return;
    m_window.showPage(PageId::People);
    people->showPerson(personId);
}

QAction* CaptureActions::addAction(const QString& name, const QString& text, const QKeySequence& shortcut) {
    auto* action = m_menu->addAction(text);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

QuickLogDialog* CaptureActions::quickLogDialog() {
    if (!m_quickLog) {
        m_quickLog = new QuickLogDialog(m_workspace, m_window.undoStack(), &m_window);
        connect(m_quickLog, &QuickLogDialog::logged, &m_window,
                [this](const QString& text) { m_window.showMessage(text); });
        connect(m_quickLog, &QuickLogDialog::failed, &m_window,
                [this](const QString& text) { m_window.showMessage(text, 8000); });
    }
    return m_quickLog;
}

EventCaptureWindow* CaptureActions::eventCaptureWindow() {
    if (!m_eventCapture) {
        m_eventCapture = new EventCaptureWindow(m_workspace, &m_window);
        connect(m_eventCapture, &EventCaptureWindow::statusMessage, &m_window,
                [this](const QString& text) { m_window.showMessage(text); });
    }
    return m_eventCapture;
}

void CaptureActions::openEventCapture() {
    EventCaptureWindow* window = eventCaptureWindow();
    if (!window->isVisible())
        window->resume();
    window->show();
    window->raise();
    window->activateWindow();
}

void CaptureActions::openQuickLog() {
    quickLogDialog()->start();
}

} // namespace chorus::ui
