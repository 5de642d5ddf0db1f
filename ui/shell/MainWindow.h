#pragma once

#include "PageId.h"

#include <QHash>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QUndoStack;
class QMenu;
class QToolBar;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class MainWindowMenus;
class WorkspaceStatus;

/// The main window hosts pages and actions; it does no work of its own.
///
/// Every page in the sidebar starts as a placeholder saying what will come. An area adds its page with
/// one call in the composition root (app/desktop/DesktopPages.cpp):
///
///     window.setPage(PageId::Map, new MapView(workspace, &window));
///
/// The window takes ownership. Pages reach the shared undo stack through undoStack(), add actions to
/// menus through menu(), and can be brought forward with showPage().
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum class MenuId { File, Edit, View, Help };

    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Puts `page` in the sidebar slot `id` (replacing and deleting what was there); takes ownership.
    void setPage(PageId id, QWidget* page);
    QWidget* page(PageId id) const;
    /// False while the slot shows its placeholder.
    bool hasPage(PageId id) const;
    void showPage(PageId id);
    PageId currentPage() const;

    Workspace& workspace() const { return m_workspace; }
    /// One undo history for every edit in this window (Edit ▸ Undo / Redo).
    QUndoStack* undoStack() const { return m_undoStack; }
    QMenu* menu(MenuId id) const;
    QToolBar* mainToolBar() const { return m_toolBar; }
    /// Places the search field at the end of the toolbar; Edit ▸ Find (Ctrl+F) focuses it.
    void setSearchWidget(QWidget* widget);
    /// Shows a short message in the status bar (an error from a page, "Saved"…).
    void showMessage(const QString& text, int timeoutMs = 4000);

    /// Geometry and the last page from QSettings (call before show()).
    void restoreViewState();
    void saveViewState() const;

signals:
    void pageShown(chorus::ui::PageId id);
    /// The user asked for another workspace (File ▸ New / Open / recent); the composition root opens it.
    void workspaceRequested(const QString& path, bool create);
    void preferencesRequested();
    void findRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildNavigation();
    void focusSearch();

    Workspace& m_workspace;
    QUndoStack* m_undoStack = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QToolBar* m_toolBar = nullptr;
    QWidget* m_searchWidget = nullptr;
    WorkspaceStatus* m_status = nullptr;
    MainWindowMenus* m_menus = nullptr;
    QHash<PageId, QWidget*> m_pages;
    QHash<PageId, bool> m_real;
};

} // namespace chorus::ui
