#include "MainWindowMenus.h"

#include "RecentWorkspaces.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

namespace chorus::ui {

MainWindowMenus::MainWindowMenus(MainWindow* window)
    : QObject(window)
    , m_window(window) {
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildHelpMenu();
}

QMenu* MainWindowMenus::menu(MainWindow::MenuId id) const {
    switch (id) {
    case MainWindow::MenuId::File:
        return m_file;
    case MainWindow::MenuId::Edit:
        return m_edit;
    case MainWindow::MenuId::View:
        return m_view;
    case MainWindow::MenuId::Help:
        return m_help;
    }
    return nullptr;
}

QAction* MainWindowMenus::addAction(QMenu* menu, const QString& name, const QString& text,
                                    const QKeySequence& shortcut) {
    auto* action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

void MainWindowMenus::buildFileMenu() {
    m_file = m_window->menuBar()->addMenu(tr("&File"));
    auto* create =
        addAction(m_file, QStringLiteral("actionNewWorkspace"), tr("&New Workspace…"), QKeySequence::New);
    create->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    connect(create, &QAction::triggered, this, &MainWindowMenus::chooseNewWorkspace);
    auto* open =
        addAction(m_file, QStringLiteral("actionOpenWorkspace"), tr("&Open Workspace…"), QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(open, &QAction::triggered, this, &MainWindowMenus::chooseExistingWorkspace);
    m_recent = m_file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindowMenus::fillRecentMenu);
    fillRecentMenu();
    m_file->addSeparator();
    auto* quit = addAction(m_file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
}

void MainWindowMenus::buildEditMenu() {
    m_edit = m_window->menuBar()->addMenu(tr("&Edit"));
    QUndoStack* stack = m_window->undoStack();
    auto* undo = stack->createUndoAction(m_edit, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    auto* redo = stack->createRedoAction(m_edit, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_edit->addAction(undo);
    m_edit->addAction(redo);
    m_edit->addSeparator();
    auto* find = addAction(m_edit, QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindowMenus::findTriggered);
    m_edit->addSeparator();
    QKeySequence preferencesKey(QKeySequence::Preferences);
    if (preferencesKey.isEmpty())
        preferencesKey = QKeySequence(Qt::CTRL | Qt::Key_Comma);
    auto* preferences =
        addAction(m_edit, QStringLiteral("actionPreferences"), tr("&Preferences…"), preferencesKey);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, m_window, &MainWindow::preferencesRequested);

    QToolBar* bar = m_window->mainToolBar();
    bar->addAction(undo);
    bar->addAction(redo);
}

void MainWindowMenus::buildViewMenu() {
    m_view = m_window->menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (PageId id : AllPages) {
        auto* go = addAction(m_view, QStringLiteral("actionGoto-%1").arg(pageKey(id)), pageTitle(id),
                             QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        connect(go, &QAction::triggered, m_window, [this, id] { m_window->showPage(id); });
        ++number;
    }
}

void MainWindowMenus::buildHelpMenu() {
    m_help = m_window->menuBar()->addMenu(tr("&Help"));
    auto* about = addAction(m_help, QStringLiteral("actionAbout"), tr("&About Chorus"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, m_window, [this] {
        QMessageBox::about(m_window, tr("About Chorus"),
                           tr("<p><b>Chorus %1</b></p><p>A desktop studio for technology evangelists: the "
                              "people around a platform, the conversations they take part in and every "
                              "touchpoint with them.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindowMenus::fillRecentMenu() {
    m_recent->clear();
    const QString current = QFileInfo(m_window->workspace().path()).absoluteFilePath();
    const QStringList paths = RecentWorkspaces::list();
    for (const QString& path : paths) {
        if (path == current)
            continue;
        auto* action = m_recent->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_window,
                [this, path] { emit m_window->workspaceRequested(path, false); });
    }
    if (m_recent->isEmpty()) {
        m_recent->addAction(tr("No other recent workspaces"))->setEnabled(false);
        return;
    }
    m_recent->addSeparator();
    connect(m_recent->addAction(tr("Clear List")), &QAction::triggered, this,
            [] { RecentWorkspaces::clear(); });
}

void MainWindowMenus::chooseNewWorkspace() {
    const QString filter = tr("Chorus workspaces (*.%1)").arg(Workspace::fileSuffix());
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Workspace"), QFileInfo(m_window->workspace().path()).absolutePath(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + Workspace::fileSuffix();
    emit m_window->workspaceRequested(path, true);
}

void MainWindowMenus::chooseExistingWorkspace() {
    const QString filter = tr("Chorus workspaces (*.%1);;All files (*)").arg(Workspace::fileSuffix());
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Workspace"), QFileInfo(m_window->workspace().path()).absolutePath(), filter);
    if (!path.isEmpty())
        emit m_window->workspaceRequested(path, false);
}

} // namespace chorus::ui
