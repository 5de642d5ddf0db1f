#include "DesktopPages.h"

#include "capture/CaptureActions.h"
#include "help/HelpActions.h"
#include "shell/MainWindow.h"
#include "shell/StandardPages.h"
#include "storage/Workspace.h"

namespace chorus::desktop {

void installPages(ui::MainWindow& window, Workspace& workspace) {
    // People, Conversations, Events and the search field come from chorus_ui itself.
    new ui::StandardPages(window, workspace);
    // Capture menu: quick log, event capture, follow-ups, duplicates (issue 4).
    new ui::CaptureActions(window, workspace);
    // Help ▸ About and Keyboard Shortcuts (the reference reads every action of the window when opened).
    new ui::HelpActions(window, workspace);
    // Each other area adds its page here with one line, for example:
    //   window.setPage(ui::PageId::Map, new ui::MapView(workspace, &window));
    // Pages not set here keep their placeholder.
}

} // namespace chorus::desktop
