#include "SourcesPage.h"

#include "SourcesView.h"
#include "shell/MainWindow.h"

#include <QProgressBar>
#include <QStatusBar>

namespace chorus::ui {

SourcesView* installSourcesPage(MainWindow& window, Workspace& workspace) {
    auto* view = new SourcesView(workspace, &window);
    window.statusBar()->addPermanentWidget(view->progressBar());
    QObject::connect(view, &SourcesView::statusMessage, &window,
                     [&window](const QString& text) { window.showMessage(text, 8000); });
    window.setPage(PageId::Sources, view);
    return view;
}

} // namespace chorus::ui
