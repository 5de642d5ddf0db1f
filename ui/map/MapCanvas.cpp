#include "MapCanvas.h"

#include "graph/GraphExport.h"

#include <QFileInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace chorus::ui {

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("mapCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_placeholder = tr("No relationships to show yet.");
    m_settle.setSingleShot(true);
    m_settle.setInterval(120);
    connect(&m_settle, &QTimer::timeout, this, [this] { update(); });
    connect(&m_rendering, &QFutureWatcher<MapLayer>::finished, this, [this] {
        if (MapLayer layer = m_rendering.result(); layer.content >= m_firstContentOfMap)
            installLayer(std::move(layer)); // (a layer of the previous map is dropped)
        update();
    });
}

MapCanvas::~MapCanvas() {
    m_rendering.waitForFinished();
}

void MapCanvas::setMap(std::shared_ptr<const GraphAnalysis> analysis, QVector<QPointF> positions) {
    m_scene.analysis = std::move(analysis);
    m_scene.positions = std::move(positions);
    m_scene.highlighted.clear();
    m_scene.rebuild();
    m_selected = m_hovered = -1;
    fitToView();
    // Nothing of the previous map stays on screen while this one is drawn.
    m_layer = {};
    m_firstContentOfMap = m_content;
}

void MapCanvas::setPositions(QVector<QPointF> positions) {
    if (positions.size() != m_scene.positions.size())
        return;
    m_scene.positions = std::move(positions);
    m_scene.index.build(m_scene.positions);
    invalidateLayer();
    update();
}

void MapCanvas::setStyle(const MapStyle& style) {
    m_scene.style = style;
    m_scene.rebuild();
    invalidateLayer();
    update();
}

void MapCanvas::setHighlighted(const QSet<int>& nodes) {
    m_scene.highlighted = nodes;
    invalidateLayer();
    update();
}

void MapCanvas::setPlaceholder(const QString& text) {
    m_placeholder = text;
    update();
}

void MapCanvas::fitToView() {
    if (m_scene.isEmpty())
        m_viewport.reset();
    else
        m_viewport.fit(m_scene.index.bounds(), QRectF(rect()).adjusted(30, 30, -30, -30));
    invalidateLayer();
    update();
}

void MapCanvas::zoomBy(double factor, const QPointF& anchor) {
    m_viewport.zoomBy(factor, anchor);
    update();
    m_settle.start();
}

void MapCanvas::panBy(const QPointF& delta) {
    m_viewport.panBy(delta);
    update();
    m_settle.start();
}

void MapCanvas::centreOn(int node) {
    if (node < 0 || node >= m_scene.nodeCount())
        return;
    panBy(QRectF(rect()).center() - transform().toScreen(m_scene.positions[node]));
}

int MapCanvas::nodeAt(const QPointF& screen) const {
    if (m_scene.isEmpty())
        return -1;
    const double radiusPx = 4.0 + 10.0 * std::clamp(std::sqrt(zoom()), 0.6, 4.0);
    const int i = m_scene.index.nearest(transform().toWorld(screen), radiusPx / transform().scale);
    if (i < 0)
        return -1;
    const QPointF d = transform().toScreen(m_scene.positions[i]) - screen;
    return std::hypot(d.x(), d.y()) <= MapScenePainter::radius(m_scene, i, zoom()) + 4.0 ? i : -1;
}

void MapCanvas::selectNode(int node) {
    m_selected = node;
    update();
    if (node >= 0 && node < m_scene.nodeCount())
        emit nodeSelected(m_scene.analysis->graph.nodes[node].personId);
}

void MapCanvas::invalidateLayer() {
    ++m_content;
}

bool MapCanvas::isLayerPending() const {
    return !m_layer.isCurrent(transform(), m_content, size() * devicePixelRatioF());
}

double MapCanvas::renderLayerNow() {
    QElapsedTimer timer;
    timer.start();
    installLayer(MapLayer::draw(m_scene, transform(), size(), devicePixelRatioF(), zoom(), m_content));
    return double(timer.nsecsElapsed()) / 1e6;
}

void MapCanvas::requestLayer() {
    if (m_rendering.isRunning())
        return; // when it lands, the next paint asks again if the view moved on meanwhile
    m_rendering.setFuture(QtConcurrent::run(&MapLayer::draw, m_scene, transform(), size(),
                                            devicePixelRatioF(), zoom(), m_content));
}

void MapCanvas::installLayer(MapLayer layer) {
    m_layer = std::move(layer);
    if (!isLayerPending())
        emit layerReady();
}

void MapCanvas::paintAll(QPainter& painter, const QRectF& area, bool cached) {
    // While panning or zooming the cached layer is shifted and scaled; it is redrawn once the view settles.
    paintMapFrame(painter, m_scene, transform(), cached ? &m_layer : nullptr, area, zoom(), m_selected,
                  m_hovered);
    if (m_scene.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, m_placeholder);
    }
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QElapsedTimer timer;
    timer.start();
    if (isLayerPending() && !m_settle.isActive())
        requestLayer();
    QPainter painter(this);
    paintAll(painter, QRectF(rect()), true);
    m_lastFrameMs = double(timer.nsecsElapsed()) / 1e6;
}

void MapCanvas::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const bool wasFitted = std::abs(zoom() - 1.0) < 1e-9;
    if (wasFitted)
        fitToView();
    invalidateLayer();
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    zoomBy(std::pow(1.0015, event->angleDelta().y()), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_pressAt = m_lastMouse = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragging) {
        panBy(event->position() - m_lastMouse);
        m_lastMouse = event->position();
        return;
    }
    const int hovered = nodeAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    unsetCursor();
    const QPointF moved = event->position() - m_pressAt;
    if (std::hypot(moved.x(), moved.y()) < 4.0)
        selectNode(nodeAt(event->position()));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    const int node = nodeAt(event->position());
    if (node >= 0)
        emit nodeActivated(m_scene.analysis->graph.nodes[node].personId);
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    const QPointF centre = QRectF(rect()).center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, centre);
        break;
    case Qt::Key_0:
        fitToView();
        break;
    case Qt::Key_Left:
        panBy(QPointF(60, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-60, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, 60));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -60));
        break;
    case Qt::Key_Escape:
        selectNode(-1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            emit nodeActivated(m_scene.analysis->graph.nodes[m_selected].personId);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool MapCanvas::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = nodeAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            return true;
        }
        const GraphNode& n = m_scene.analysis->graph.nodes[i];
        const GraphMetrics& m = m_scene.analysis->metrics;
        const int c = m.community.value(i, -1);
        QString text = QStringLiteral("<b>%1</b>").arg(n.name.toHtmlEscaped());
        if (!n.organisation.isEmpty())
            text += QStringLiteral("<br>%1").arg(n.organisation.toHtmlEscaped());
        text += QStringLiteral("<br>") + tr("Stance: %1").arg(stanceLabel(n.stance));
        if (c >= 0 && c < m.communities.size())
            text += QStringLiteral("<br>") + tr("Community: %1").arg(m.communities[c].label.toHtmlEscaped());
        text += QStringLiteral("<br>") + tr("%n relationship(s)", nullptr, m.degree.value(i));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

Status MapCanvas::exportView(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QRectF area(rect());
    if (suffix == QLatin1String("png")) {
        QImage image(size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        paintAll(p, area, false);
        p.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return {};
    }
    if (suffix == QLatin1String("svg") || suffix == QLatin1String("pdf")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        if (suffix == QLatin1String("svg")) {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(size());
            svg.setViewBox(rect());
            svg.setTitle(tr("Relationship map"));
            QPainter p(&svg);
            paintAll(p, area, false);
        } else {
            QPdfWriter pdf(&file);
            pdf.setTitle(tr("Relationship map"));
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(size()), QPageSize::Point));
            pdf.setPageMargins(QMarginsF());
            QPainter p(&pdf);
            p.scale(p.viewport().width() / area.width(), p.viewport().height() / area.height());
            paintAll(p, area, false);
        }
        if (!file.commit())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return {};
    }
    return makeError(ErrorCode::Invalid,
                     tr("%1: use a .png, .svg or .pdf file name.").arg(QFileInfo(path).fileName()));
}

} // namespace chorus::ui
