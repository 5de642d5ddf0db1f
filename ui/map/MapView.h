#pragma once

#include "graph/GraphAnalysis.h"
#include "graph/LayoutJob.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class MapCanvas;
class MapFilterBar;

/// What the map page loads in the background: the analysis and a position for every node.
struct MapLoad {
    std::shared_ptr<const GraphAnalysis> analysis;
    QVector<QPointF> positions;
    std::optional<Error> error;
};

/// The Map page: the relationship map with its toolbar (size by, colour by, search and highlight, focus on
/// the selected person's network, lay out again with progress and cancel, fit, export the view), loaded and
/// laid out off the UI thread and reloaded when the workspace changes.
class MapView final : public QWidget {
    Q_OBJECT
public:
    explicit MapView(Workspace& workspace, QWidget* parent = nullptr);
    ~MapView() override;

    MapCanvas* canvas() const { return m_canvas; }
    /// Start loading now (otherwise the first time the page is shown).
    void reload();
    bool isLoading() const;
    /// Highlight people whose name contains `text`; centres on the first. Returns how many matched.
    int highlight(const QString& text);
    /// Show only the selected person's network to `depth` (1 or 2); depth 0 shows everyone again.
    void focusOnSelection(int depth);
    void relayout();
    /// Show one community in full and dim the rest (-1: everyone).
    void pickCommunity(int community);
    MapFilterBar* filters() const { return m_filters; }

signals:
    /// The user double-clicked a person (or pressed Enter on one): open their profile.
    void personActivated(chorus::Id personId);
    void statusMessage(const QString& text);
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLoaded();
    void onLayoutResult(int index);
    void onLayoutFinished();
    void applyStyle();
    void exportView();
    void updateSummary();
    void updateBusy();

    Workspace& m_workspace;
    MapCanvas* m_canvas = nullptr;
    QComboBox* m_sizeBy = nullptr;
    QComboBox* m_colourBy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_focus = nullptr;
    QToolButton* m_layoutButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    MapFilterBar* m_filters = nullptr;
    QFutureWatcher<MapLoad> m_loadWatcher;
    QFutureWatcher<LayoutSnapshot> m_layoutWatcher;
    bool m_stale = true;
};

} // namespace chorus::ui
