#include "DesktopPages.h"

#include "capture/CaptureActions.h"
#include "map/MapView.h"
#include "people/PeopleView.h"
#include "io/ImportExportActions.h"
#include "help/HelpActions.h"
#include "dashboard/DashboardView.h"
#include "reports/ReportsView.h"
#include "shell/MainWindow.h"
#include "shell/StandardPages.h"
#include "sources/SourcesPage.h"
#include "storage/Workspace.h"

namespace chorus::desktop {

void installPages(ui::MainWindow& window, Workspace& workspace) {
    // People, Conversations, Events and the search field come from chorus_ui itself.
    new ui::StandardPages(window, workspace);
    ui::installSourcesPage(window, workspace);
    // Capture menu: quick log, event capture, follow-ups, duplicates (issue 4).
    new ui::CaptureActions(window, workspace);
    // The relationship map; double-clicking a person opens their profile on the People page.
    auto* map = new ui::MapView(workspace, &window);
    window.setPage(ui::PageId::Map, map);
    QObject::connect(map, &ui::MapView::statusMessage, &window,
                     [&window](const QString& text) { window.showMessage(text); });
    QObject::connect(map, &ui::MapView::personActivated, &window, [&window](Id id) {
        if (auto* people = qobject_cast<ui::PeopleView*>(window.page(ui::PageId::People))) {
            window.showPage(ui::PageId::People);
            people->showPerson(id);
        }
    });
    new ui::ImportExportActions(window, workspace); // File ▸ Import… and File ▸ Export
    // Help ▸ About and Keyboard Shortcuts (the reference reads every action of the window when opened).
    new ui::HelpActions(window, workspace);
    window.setPage(ui::PageId::Dashboard, new ui::DashboardView(workspace, &window));
    window.setPage(ui::PageId::Reports, new ui::ReportsView(workspace, &window));
    // Each other area adds its page here with one line, for example:
    //   window.setPage(ui::PageId::Map, new ui::MapView(workspace, &window));
    // Pages not set here keep their placeholder.
}

} // namespace chorus::desktop
