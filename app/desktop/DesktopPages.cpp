#include "DesktopPages.h"

#include "people/PeopleView.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

namespace chorus::desktop {

void installPages(ui::MainWindow& window, Workspace& workspace) {
    // Each area adds its page here with one line, for example:
    //   window.setPage(ui::PageId::Map, new ui::MapView(workspace, &window));
    // Pages not set here keep their placeholder.
    auto* people = new ui::PeopleView(workspace, window.undoStack(), &window);
    QObject::connect(people, &ui::PeopleView::statusMessage, &window,
                     [&window](const QString& text) { window.showMessage(text); });
    window.setPage(ui::PageId::People, people);
}

} // namespace chorus::desktop
