#include "MapScenePainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chorus {

void MapScene::rebuild() {
    index.build(positions);
    sizes = analysis ? normalisedSizes(analysis->metrics, style.size) : QVector<double>();
    sizes.resize(positions.size());
    importance = byImportance(sizes);
    colours.resize(positions.size());
    // Smaller dots on crowded maps, so a fitted map of thousands shows its structure rather than one blob.
    nodeScale = std::clamp(std::sqrt(800.0 / std::max<qsizetype>(1, positions.size())), 0.45, 1.0);
    maxWeight = 0;
    edgesByWeight.clear();
    if (!analysis)
        return;
    for (int i = 0; i < positions.size() && i < analysis->graph.nodeCount(); ++i)
        colours[i] =
            nodeColour(analysis->graph.nodes[i], analysis->metrics.community.value(i, -1), style).rgb();
    const auto& edges = analysis->graph.edges;
    edgesByWeight.resize(edges.size());
    std::iota(edgesByWeight.begin(), edgesByWeight.end(), 0);
    std::stable_sort(edgesByWeight.begin(), edgesByWeight.end(),
                     [&edges](int a, int b) { return edges[a].weight > edges[b].weight; });
    for (const GraphEdge& e : edges)
        maxWeight = std::max(maxWeight, e.weight);
}

double MapScenePainter::radius(const MapScene& scene, int node, double zoom) {
    return (1.5 + 9.0 * scene.sizes.value(node)) * scene.nodeScale * std::clamp(std::sqrt(zoom), 0.6, 4.0);
}

void MapScenePainter::paintLayer(QPainter& painter, const MapScene& scene, const MapTransform& t,
                                 const QRectF& screen, double zoom) {
    if (scene.isEmpty())
        return;
    const QRectF world(t.toWorld(screen.topLeft()), t.toWorld(screen.bottomRight()));
    const QRectF viewWorld = world.normalized();
    const auto& edges = scene.analysis->graph.edges;
    const bool dimming = !scene.highlighted.isEmpty();

    // Edges: visible ones, heaviest first, at most kMaxEdgesPerFrame, in four opacity bands.
    QVector<QLineF> bands[4];
    int drawn = 0;
    for (int e : scene.edgesByWeight) {
        const GraphEdge& edge = edges[e];
        const QPointF& a = scene.positions[edge.source];
        const QPointF& b = scene.positions[edge.target];
        if (std::max(a.x(), b.x()) < viewWorld.left() || std::min(a.x(), b.x()) > viewWorld.right() ||
            std::max(a.y(), b.y()) < viewWorld.top() || std::min(a.y(), b.y()) > viewWorld.bottom())
            continue;
        if (dimming && !(scene.highlighted.contains(edge.source) && scene.highlighted.contains(edge.target)))
            continue;
        const int band =
            scene.maxWeight > 0 ? std::min(3, int(4.0 * std::sqrt(edge.weight / scene.maxWeight))) : 0;
        bands[band].push_back(QLineF(t.toScreen(a), t.toScreen(b)));
        if (++drawn >= kMaxEdgesPerFrame)
            break;
    }
    painter.setRenderHint(QPainter::Antialiasing, drawn < 20000);
    for (int b = 0; b < 4; ++b) {
        QColor c(90, 90, 110);
        c.setAlphaF(0.06 + 0.12 * b);
        painter.setPen(QPen(c, 0.6 + 0.3 * b));
        painter.drawLines(bands[b]);
    }

    // Nodes: collect the visible ones, then draw by colour.
    QVector<int> visible;
    scene.index.forEachIn(viewWorld, [&visible](int i) { visible.push_back(i); });
    const bool many = visible.size() > 4000;
    painter.setRenderHint(QPainter::Antialiasing, !many);
    if (many) {
        // Thousands of dots: one batch of filled squares per colour and size class. (Points drawn with a wide
        // pen went through the stroker one by one: most of a 100,000-node redraw.)
        QHash<quint64, QVector<QRectF>> batches;
        for (int i : visible) {
            QRgb rgb = scene.colours[i];
            if (dimming && !scene.highlighted.contains(i))
                rgb = qRgb(220, 220, 220);
            const int r = std::max(1, int(std::lround(radius(scene, i, zoom))));
            const QPointF at = t.toScreen(scene.positions[i]);
            batches[(quint64(rgb) << 8) | quint64(std::min(r, 255))].push_back(
                QRectF(at.x() - r, at.y() - r, 2.0 * r, 2.0 * r));
        }
        painter.setPen(Qt::NoPen);
        for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
            painter.setBrush(QColor::fromRgb(QRgb(it.key() >> 8)));
            painter.drawRects(it.value());
        }
        return;
    }
    // Fewer: proper circles, small first so the important ones sit on top.
    std::sort(visible.begin(), visible.end(), [&scene](int a, int b) {
        return scene.sizes[a] != scene.sizes[b] ? scene.sizes[a] < scene.sizes[b] : a < b;
    });
    painter.setPen(QPen(QColor(255, 255, 255, 220), 0.8));
    for (int i : visible) {
        QColor c = QColor::fromRgb(scene.colours[i]);
        if (dimming && !scene.highlighted.contains(i))
            c = QColor(225, 225, 225);
        painter.setBrush(c);
        const double r = radius(scene, i, zoom);
        painter.drawEllipse(t.toScreen(scene.positions[i]), r, r);
    }
}

void MapScenePainter::paintOverlay(QPainter& painter, const MapScene& scene, const MapTransform& t,
                                   const QRectF& screen, double zoom, int selected, int hovered) {
    if (scene.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    QVector<QRectF> taken;
    // Level of detail: the most important visible nodes get labels, more of them as the user zooms in, never
    // overlapping (no label soup).
    const int budget = std::min(kMaxLabels, int(8 * std::max(1.0, zoom)));
    const bool dimming = !scene.highlighted.isEmpty();
    auto label = [&](int i, bool force) {
        const QPointF at = t.toScreen(scene.positions[i]);
        if (!screen.contains(at))
            return false;
        const double r = radius(scene, i, zoom);
        const QString& text = scene.analysis->graph.nodes[i].name;
        const QRectF box(at.x() + r + 3, at.y() - fm.height() / 2, fm.horizontalAdvance(text) + 4,
                         fm.height());
        if (!force &&
            std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF& o) { return o.intersects(box); }))
            return false;
        taken.push_back(box);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(QColor(25, 25, 25));
        painter.drawText(box, Qt::AlignCenter, text);
        return true;
    };
    for (int i : {selected, hovered}) {
        if (i < 0 || i >= scene.nodeCount())
            continue;
        const double r = radius(scene, i, zoom) + 3;
        painter.setPen(QPen(QColor(20, 20, 20), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(t.toScreen(scene.positions[i]), r, r);
        label(i, true);
    }
    int drawn = 0;
    for (int i : scene.importance) {
        if (drawn >= budget)
            break;
        if (dimming && !scene.highlighted.contains(i))
            continue;
        if (label(i, false))
            ++drawn;
    }
}

void MapScenePainter::paintLegend(QPainter& painter, const MapScene& scene, const QRectF& screen) {
    if (scene.isEmpty())
        return;
    QStringList labels;
    QVector<QColor> colours;
    if (scene.style.colour == NodeColouring::Community) {
        const auto& communities = scene.analysis->metrics.communities;
        // Every community with a colour of its own (twelve); the rest share lighter ones and one line.
        const int shown = int(std::min<qsizetype>(12, communities.size()));
        for (int c = 0; c < shown; ++c) {
            labels << QCoreApplication::translate("MapView", "%1 (%n people)", nullptr, communities[c].size)
                          .arg(communities[c].label);
            colours << communityColour(c);
        }
        if (communities.size() > shown) {
            int people = 0;
            for (qsizetype c = shown; c < communities.size(); ++c)
                people += communities[c].size;
            labels << QCoreApplication::translate("MapView", "%n smaller communities", nullptr,
                                                  int(communities.size() - shown)) +
                          QCoreApplication::translate("MapView", " (%n people)", nullptr, people);
            colours << communityColour(shown); // the first of the lighter, shared colours
        }
    } else {
        for (Stance s : {Stance::Champion, Stance::Advocate, Stance::Supporter, Stance::Neutral,
                         Stance::Sceptic, Stance::Unknown}) {
            labels << stanceLabel(s);
            colours << stanceColour(s);
        }
    }
    const QFontMetricsF fm(painter.font());
    double width = 0;
    for (const QString& l : labels)
        width = std::max(width, fm.horizontalAdvance(l));
    const double line = fm.height() + 3;
    const QRectF box(screen.right() - width - 42, screen.top() + 10, width + 32, line * labels.size() + 10);
    painter.setPen(QColor(205, 205, 205));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 4, 4);
    for (int k = 0; k < labels.size(); ++k) {
        const double y = box.top() + 5 + line * k;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours[k]);
        painter.drawEllipse(QPointF(box.left() + 11, y + line / 2), 4.5, 4.5);
        painter.setPen(QColor(30, 30, 30));
        painter.drawText(QRectF(box.left() + 22, y, width + 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                         labels[k]);
    }
}

} // namespace chorus
