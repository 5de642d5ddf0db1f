#include "MainWindow.h"

#include "MainWindowMenus.h"
#include "PlaceholderPage.h"
#include "WorkspaceStatus.h"
#include "storage/Workspace.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace chorus::ui {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_undoStack(new QUndoStack(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Chorus").arg(QFileInfo(workspace.path()).completeBaseName()));
    setWindowFilePath(workspace.path());

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    buildNavigation();
    m_menus = new MainWindowMenus(this);
    connect(m_menus, &MainWindowMenus::findTriggered, this, &MainWindow::focusSearch);

    m_status = new WorkspaceStatus(workspace, this);
    statusBar()->addPermanentWidget(m_status);
    resize(1200, 760);
}

MainWindow::~MainWindow() {
    // Pages may hold models over the workspace: delete them while it is still open.
    delete m_stack;
    m_stack = nullptr;
}

void MainWindow::buildNavigation() {
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setAccessibleName(tr("Pages"));
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));
    for (PageId id : AllPages) {
        auto* item = new QListWidgetItem(pageTitle(id), m_navigation);
        item->setData(Qt::UserRole, int(id));
        item->setSizeHint(QSize(0, 30));
        auto* placeholder = new PlaceholderPage(id);
        m_stack->addWidget(placeholder);
        m_pages.insert(id, placeholder);
        m_real.insert(id, false);
    }
    const int width = m_navigation->sizeHintForColumn(0) + 40;
    m_navigation->setFixedWidth(qMax(150, width));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const PageId id = AllPages[row];
        m_stack->setCurrentWidget(m_pages.value(id));
        emit pageShown(id);
    });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(int(PageId::People));
}

void MainWindow::setPage(PageId id, QWidget* page) {
    Q_ASSERT(page);
    QWidget* old = m_pages.value(id);
    const bool wasCurrent = m_stack->currentWidget() == old;
    const int index = m_stack->indexOf(old);
    m_stack->insertWidget(index, page);
    m_pages.insert(id, page);
    m_real.insert(id, true);
    m_stack->removeWidget(old);
    delete old;
    if (wasCurrent)
        m_stack->setCurrentWidget(page);
}

QWidget* MainWindow::page(PageId id) const {
    return m_pages.value(id);
}

bool MainWindow::hasPage(PageId id) const {
    return m_real.value(id);
}

void MainWindow::showPage(PageId id) {
    m_navigation->setCurrentRow(int(id));
}

PageId MainWindow::currentPage() const {
    const int row = m_navigation->currentRow();
    return row < 0 ? PageId::People : AllPages[row];
}

QMenu* MainWindow::menu(MenuId id) const {
    return m_menus->menu(id);
}

void MainWindow::setSearchWidget(QWidget* widget) {
    if (m_searchWidget)
        return;
    m_searchWidget = widget;
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(widget);
}

void MainWindow::showMessage(const QString& text, int timeoutMs) {
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::focusSearch() {
    if (m_searchWidget) {
        m_searchWidget->setFocus(Qt::ShortcutFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(m_searchWidget))
            edit->selectAll();
    }
    emit findRequested();
}

void MainWindow::restoreViewState() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (const auto page = pageFromKey(settings.value(QStringLiteral("page")).toString()))
        showPage(*page);
}

void MainWindow::saveViewState() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("page"), pageKey(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveViewState();
    QMainWindow::closeEvent(event);
}

} // namespace chorus::ui
