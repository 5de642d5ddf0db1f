#pragma once

#include "mapdraw/MapLayer.h"
#include "mapdraw/MapViewport.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>

namespace chorus::ui {

/// The relationship map, painted by hand (no item per node or edge): zoom with the wheel or +/−, pan by
/// dragging or with the arrow keys, 0 fits the map to the view, click selects, double-click opens, hovering
/// shows who a node is. Edges and nodes are rendered into a cached layer that panning shifts and zooming
/// scales; the layer is redrawn when the view settles — on a worker thread for big maps, so no frame waits
/// for it (the scaled old layer stays on screen until the new one arrives).
class MapCanvas final : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setMap(std::shared_ptr<const GraphAnalysis> analysis, QVector<QPointF> positions);
    /// New positions for the same nodes (a running layout); keeps the view.
    void setPositions(QVector<QPointF> positions);
    void setStyle(const MapStyle& style);
    const MapStyle& style() const { return m_scene.style; }
    /// Nodes to show in full while the rest is dimmed (search hits, a focused ego network); empty: all.
    void setHighlighted(const QSet<int>& nodes);
    const MapScene& scene() const { return m_scene; }

    /// What the empty view says ("Loading the map…", "No relationships to show yet.").
    void setPlaceholder(const QString& text);
    void fitToView();
    void zoomBy(double factor, const QPointF& anchor);
    void panBy(const QPointF& delta);
    void centreOn(int node);
    /// Zoom relative to the fitted view (1 = whole map in view).
    double zoom() const { return m_viewport.zoom(); }
    const MapTransform& transform() const { return m_viewport.transform(); }

    int nodeAt(const QPointF& screen) const;
    int selectedNode() const { return m_selected; }
    void selectNode(int node);

    /// PNG, SVG or PDF (by extension) of what the view shows now, at the view's size.
    Status exportView(const QString& path);
    /// What the layer shows changed (map, positions, style, highlight): it is drawn afresh.
    void invalidateLayer();
    /// Draw the layer for the current view now, on this thread (benchmarks); returns milliseconds.
    double renderLayerNow();
    /// True while the layer on screen is not yet the one for the current view and content.
    bool isLayerPending() const;
    /// Milliseconds the last paintEvent took.
    double lastFrameMs() const { return m_lastFrameMs; }

signals:
    /// The layer for the current view and content is on screen (after loading, zooming, filtering).
    void layerReady();
    void nodeSelected(chorus::Id personId);
    void nodeActivated(chorus::Id personId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void requestLayer();
    void installLayer(MapLayer layer);
    void paintAll(QPainter& painter, const QRectF& rect, bool cached);

    MapScene m_scene;
    MapViewport m_viewport;
    MapLayer m_layer;
    quint64 m_content = 1; ///< bumped by invalidateLayer
    quint64 m_firstContentOfMap = 1;
    QFutureWatcher<MapLayer> m_rendering;
    QTimer m_settle;
    int m_selected = -1;
    int m_hovered = -1;
    bool m_dragging = false;
    QPointF m_pressAt;
    QPointF m_lastMouse;
    double m_lastFrameMs = 0;
    QString m_placeholder;
};

} // namespace chorus::ui
