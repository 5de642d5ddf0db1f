#include "MapView.h"

#include "MapCanvas.h"
#include "MapFilterBar.h"
#include "graph/MapPositions.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace chorus::ui {
namespace {

MapLoad loadMap(const QString& path, const GraphOptions& options) {
    MapLoad load;
    auto ws = Workspace::open(path, Workspace::Options{});
    if (!ws) {
        load.error = ws.error();
        return load;
    }
    auto analysis = GraphAnalyzer::analyse(**ws, options);
    if (!analysis) {
        load.error = analysis.error();
        return load;
    }
    auto positions = MapPositions::ensure(**ws, **analysis);
    if (!positions) {
        load.error = positions.error();
        return load;
    }
    load.analysis = *analysis;
    load.positions = *positions;
    return load;
}

} // namespace

MapView::MapView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("mapView"));
    // Busy until the map is loaded, laid out and drawn (screenshots wait for it; see StartupProbe).
    setProperty("chorusBusy", true);
    m_canvas = new MapCanvas(this);

    m_sizeBy = new QComboBox(this);
    m_sizeBy->setObjectName(QStringLiteral("mapSizeBy"));
    m_sizeBy->setAccessibleName(tr("Size of the dots"));
    m_sizeBy->addItem(tr("Size by PageRank"), int(NodeSizeMetric::PageRank));
    m_sizeBy->addItem(tr("Size by relationships"), int(NodeSizeMetric::Degree));
    m_sizeBy->addItem(tr("Size by betweenness"), int(NodeSizeMetric::Betweenness));
    m_sizeBy->addItem(tr("Same size"), int(NodeSizeMetric::Uniform));
    m_colourBy = new QComboBox(this);
    m_colourBy->setObjectName(QStringLiteral("mapColourBy"));
    m_colourBy->setAccessibleName(tr("Colour of the dots"));
    m_colourBy->addItem(tr("Colour by community"), int(NodeColouring::Community));
    m_colourBy->addItem(tr("Colour by stance"), int(NodeColouring::Stance));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setAccessibleName(tr("Find on the map"));
    m_search->setPlaceholderText(tr("Find on the map…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 30);
    m_focus = new QComboBox(this);
    m_focus->setObjectName(QStringLiteral("mapFocus"));
    m_focus->setAccessibleName(tr("Whose network"));
    m_focus->addItem(tr("Everyone"), 0);
    m_focus->addItem(tr("Selected person's network"), 1);
    m_focus->addItem(tr("…and their contacts' networks"), 2);
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole map (0)"));
    m_layoutButton = new QToolButton(this);
    m_layoutButton->setObjectName(QStringLiteral("mapRelayout"));
    m_layoutButton->setText(tr("Lay Out Again"));
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export View…"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_filters = new MapFilterBar(m_workspace, this);

    auto* bar = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_sizeBy, m_colourBy, m_search, m_focus, fit,
                                                      m_layoutButton, exportButton, m_progress})
        bar->addWidget(w);
    bar->addStretch(1);
    // The summary sits on the filter row, which has room for it at 1366 pixels wide.
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filters, 1);
    filterRow->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addLayout(filterRow);
    layout->addWidget(m_canvas, 1);

    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, &MapView::applyStyle);
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &MapView::applyStyle);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) { highlight(text); });
    connect(m_focus, &QComboBox::currentIndexChanged, this,
            [this] { focusOnSelection(m_focus->currentData().toInt()); });
    connect(fit, &QToolButton::clicked, m_canvas, &MapCanvas::fitToView);
    connect(m_layoutButton, &QToolButton::clicked, this, [this] {
        if (m_layoutWatcher.isRunning())
            m_layoutWatcher.cancel();
        else
            relayout();
    });
    connect(exportButton, &QToolButton::clicked, this, &MapView::exportView);
    connect(m_canvas, &MapCanvas::nodeActivated, this, &MapView::personActivated);
    connect(m_canvas, &MapCanvas::nodeSelected, this, [this] {
        if (m_focus->currentData().toInt() > 0)
            focusOnSelection(m_focus->currentData().toInt());
    });
    connect(m_filters, &MapFilterBar::optionsChanged, this, &MapView::reload);
    connect(m_filters, &MapFilterBar::communityChanged, this, &MapView::pickCommunity);
    connect(m_canvas, &MapCanvas::layerReady, this, &MapView::updateBusy);
    connect(&m_loadWatcher, &QFutureWatcher<MapLoad>::finished, this, &MapView::onLoaded);
    connect(&m_layoutWatcher, &QFutureWatcher<LayoutSnapshot>::resultReadyAt, this, &MapView::onLayoutResult);
    connect(&m_layoutWatcher, &QFutureWatcher<LayoutSnapshot>::finished, this, &MapView::onLayoutFinished);
    connect(&m_layoutWatcher, &QFutureWatcher<LayoutSnapshot>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_workspace.notifier(), &ChangeNotifier::changed, this, [this] {
        m_stale = true;
        if (isVisible() && !isLoading())
            reload();
    });
}

MapView::~MapView() {
    m_layoutWatcher.cancel();
    m_layoutWatcher.waitForFinished();
    m_loadWatcher.waitForFinished();
}

bool MapView::isLoading() const {
    return m_loadWatcher.isRunning();
}

void MapView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale && !isLoading())
        reload();
}

void MapView::updateBusy() {
    setProperty("chorusBusy",
                m_stale || isLoading() || m_layoutWatcher.isRunning() || m_canvas->isLayerPending());
}

void MapView::reload() {
    setProperty("chorusBusy", true);
    m_stale = false;
    m_summary->setText(tr("Loading the map…"));
    m_canvas->setPlaceholder(tr("Loading the map…"));
    if (isLoading()) {
        m_stale = true; // reload again once this one lands
        return;
    }
    const QString path = m_workspace.path();
    const GraphOptions options = m_filters->options();
    m_loadWatcher.setFuture(QtConcurrent::run([path, options] { return loadMap(path, options); }));
}

void MapView::onLoaded() {
    const MapLoad load = m_loadWatcher.result();
    if (load.error) {
        m_summary->setText(tr("The map could not be built."));
        m_canvas->setPlaceholder(load.error->message);
        emit statusMessage(load.error->message);
        updateBusy();
        return;
    }
    m_canvas->setPlaceholder(tr("No relationships to show yet."));
    m_canvas->setMap(load.analysis, load.positions);
    m_filters->refresh(load.analysis.get());
    applyStyle();
    if (!m_search->text().isEmpty())
        highlight(m_search->text());
    updateSummary();
    emit loaded();
    if (m_stale && isVisible())
        reload();
    m_canvas->update(); // its layer is drawn on the next paint; layerReady clears the busy flag
    updateBusy();
}

void MapView::updateSummary() {
    const auto& a = m_canvas->scene().analysis;
    if (!a)
        return;
    // The user is on the map (where they stand) but is not one of "the people" around the platform.
    const auto people = std::count_if(a->graph.nodes.cbegin(), a->graph.nodes.cend(),
                                      [](const GraphNode& n) { return !n.isSelf; });
    m_summary->setText(tr("%Ln people", nullptr, int(people)) + QStringLiteral(" · ") +
                       tr("%Ln relationships", nullptr, int(a->graph.edgeCount())) + QStringLiteral(" · ") +
                       tr("%Ln communities", nullptr, int(a->metrics.communities.size())));
}

void MapView::applyStyle() {
    MapStyle style = m_canvas->style();
    style.size = NodeSizeMetric(m_sizeBy->currentData().toInt());
    style.colour = NodeColouring(m_colourBy->currentData().toInt());
    m_canvas->setStyle(style);
}

int MapView::highlight(const QString& text) {
    const auto& a = m_canvas->scene().analysis;
    QSet<int> hits;
    if (a && !text.trimmed().isEmpty()) {
        for (int i = 0; i < a->graph.nodeCount(); ++i) {
            if (a->graph.nodes[i].name.contains(text.trimmed(), Qt::CaseInsensitive))
                hits.insert(i);
        }
    }
    m_canvas->setHighlighted(hits);
    if (a && hits.isEmpty() && !text.trimmed().isEmpty())
        emit statusMessage(tr("No one on the map is called “%1”.").arg(text.trimmed()));
    if (!hits.isEmpty()) {
        const int first = *std::min_element(hits.cbegin(), hits.cend());
        m_canvas->centreOn(first);
    }
    return int(hits.size());
}

void MapView::pickCommunity(int community) {
    const auto& a = m_canvas->scene().analysis;
    QSet<int> members;
    if (a && community >= 0) {
        for (int i = 0; i < a->metrics.community.size(); ++i) {
            if (a->metrics.community[i] == community)
                members.insert(i);
        }
    }
    m_canvas->setHighlighted(members);
}

void MapView::focusOnSelection(int depth) {
    const auto& a = m_canvas->scene().analysis;
    const int start = m_canvas->selectedNode();
    if (!a || depth <= 0 || start < 0) {
        m_canvas->setHighlighted({});
        if (a && depth > 0)
            emit statusMessage(tr("Click a person on the map to see their network."));
        return;
    }
    const auto adjacency = a->graph.adjacency();
    QSet<int> seen{start};
    QVector<int> frontier{start};
    for (int d = 0; d < depth; ++d) {
        QVector<int> next;
        for (int i : frontier) {
            for (int j : adjacency[i]) {
                if (!seen.contains(j)) {
                    seen.insert(j);
                    next.push_back(j);
                }
            }
        }
        frontier = next;
    }
    m_canvas->setHighlighted(seen);
}

void MapView::relayout() {
    if (m_layoutWatcher.isRunning())
        return;
    m_progress->setRange(0, LayoutOptions{}.maxIterations);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_layoutButton->setText(tr("Stop Layout"));
    m_layoutWatcher.setFuture(LayoutJob::start(m_workspace.path(), m_filters->options()));
}

void MapView::onLayoutResult(int index) {
    const LayoutSnapshot s = m_layoutWatcher.resultAt(index);
    if (!s.positions.isEmpty())
        m_canvas->setPositions(s.positions);
}

void MapView::onLayoutFinished() {
    updateBusy();
    m_progress->setVisible(false);
    m_layoutButton->setText(tr("Lay Out Again"));
    const QList<LayoutSnapshot> results = m_layoutWatcher.future().results();
    if (!results.isEmpty() && results.last().error && results.last().error->code != ErrorCode::Cancelled)
        emit statusMessage(results.last().error->message);
}

void MapView::exportView() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Map View"), QStringLiteral("map.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto st = m_canvas->exportView(path);
    emit statusMessage(st ? tr("Map view saved to %1").arg(path) : st.error().message);
}

} // namespace chorus::ui
