#pragma once

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class MainWindow;
class SourcesView;

/// Puts the Sources page into the window: the page, its refresh progress in the status bar, its messages.
SourcesView* installSourcesPage(MainWindow& window, Workspace& workspace);

} // namespace chorus::ui
