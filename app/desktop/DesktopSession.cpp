#include "DesktopSession.h"

#include "DesktopPages.h"
#include "shell/MainWindow.h"
#include "shell/RecentWorkspaces.h"
#include "storage/Workspace.h"

#include <QMessageBox>
#include <QTimer>

namespace chorus::desktop {

DesktopSession::DesktopSession() = default;

DesktopSession::~DesktopSession() {
    m_window.reset();
    m_workspace.reset();
}

QString DesktopSession::open(const QString& path, bool create, const QString& page) {
    if (m_heldElsewhere && m_heldElsewhere(path))
        return tr("%1 is open in another Chorus window, which was brought forward.").arg(path);
    Workspace::Options options;
    options.create = create;
    auto opened = Workspace::open(path, options);
    if (!opened)
        return opened.error().message;
    auto workspace = std::move(*opened);
    auto window = std::make_unique<ui::MainWindow>(*workspace);
    installPages(*window, *workspace);
    window->restoreViewState();
    // Today is the first page on start (DESIGN.md §2, the morning); --page names another.
    window->showPage(ui::pageFromKey(page).value_or(ui::PageId::Today));
    connect(window.get(), &ui::MainWindow::workspaceRequested, this,
            [this](const QString& next, bool createNext) {
                const QString error = open(next, createNext);
                if (!error.isEmpty() && m_window)
                    QMessageBox::warning(m_window.get(), tr("Chorus"), error);
            });
    ui::RecentWorkspaces::remember(workspace->path());
    if (m_window) {
        m_window->saveViewState();
        window->show();
    }
    retire(std::exchange(m_window, std::move(window)), std::exchange(m_workspace, std::move(workspace)));
    if (!m_window->isVisible())
        m_window->show();
    emit workspaceOpened(m_workspace->path());
    return {};
}

void DesktopSession::retire(std::unique_ptr<ui::MainWindow> window, std::unique_ptr<Workspace> workspace) {
    if (!window)
        return;
    window->hide();
    // The request came from the old window's own action: let that call return before deleting it.
    ui::MainWindow* w = window.release();
    Workspace* ws = workspace.release();
    QTimer::singleShot(0, this, [w, ws] {
        delete w;
        delete ws;
    });
}

} // namespace chorus::desktop
