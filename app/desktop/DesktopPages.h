#pragma once

namespace chorus {
class Workspace;
}
namespace chorus::ui {
class MainWindow;
}

namespace chorus::desktop {

/// Puts every built page into a new main window. One line per area; see docs/ARCHITECTURE.md.
void installPages(ui::MainWindow& window, Workspace& workspace);

} // namespace chorus::desktop
