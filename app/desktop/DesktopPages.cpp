#include "DesktopPages.h"

#include "dashboard/DashboardView.h"
#include "reports/ReportsView.h"
#include "shell/MainWindow.h"
#include "shell/StandardPages.h"
#include "storage/Workspace.h"

namespace chorus::desktop {

void installPages(ui::MainWindow& window, Workspace& workspace) {
    // People, Conversations, Events and the search field come from chorus_ui itself.
    new ui::StandardPages(window, workspace);
    window.setPage(ui::PageId::Dashboard, new ui::DashboardView(workspace, &window));
    window.setPage(ui::PageId::Reports, new ui::ReportsView(workspace, &window));
    // Each other area adds its page here with one line, for example:
    //   window.setPage(ui::PageId::Map, new ui::MapView(workspace, &window));
    // Pages not set here keep their placeholder.
}

} // namespace chorus::desktop
