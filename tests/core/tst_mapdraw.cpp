// The map's drawing (core/mapdraw), offscreen: where nodes land as the user pans and zooms, which nodes get
// labels, which edges are drawn and how strongly. The Map page and `chorus-cli bench` draw through this code.
#include "graph/GraphMetrics.h"
#include "mapdraw/MapLayer.h"
#include "mapdraw/MapViewport.h"

#include <QPainter>
#include <QTest>

#include <algorithm>

using namespace chorus;

namespace {

constexpr QSize kScreen(640, 400);

std::shared_ptr<GraphAnalysis> analysisOf(int nodes, const QVector<std::tuple<int, int, double>>& edges) {
    auto a = std::make_shared<GraphAnalysis>();
    for (int i = 0; i < nodes; ++i)
        a->graph.nodes.push_back(
            {Id(i + 1), QStringLiteral("Person %1").arg(i), {}, Stance::Advocate, false});
    a->graph.reindex();
    for (const auto& [s, t, w] : edges)
        a->graph.addEdge(s, t, w);
    a->graph.finish();
    a->metrics = *computeMetrics(a->graph);
    return a;
}

MapScene sceneOf(std::shared_ptr<GraphAnalysis> a, QVector<QPointF> positions) {
    MapScene scene;
    scene.analysis = std::move(a);
    scene.positions = std::move(positions);
    scene.rebuild();
    return scene;
}

/// A frame as the map view shows it: the layer drawn for `layerView`, seen through `now`.
QImage frame(const MapScene& scene, const MapViewport& layerView, const MapViewport& now,
             QSize screen = kScreen) {
    const MapLayer layer = MapLayer::draw(scene, layerView.transform(), screen, 1.0, layerView.zoom(), 1);
    QImage image(screen, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    paintMapFrame(p, scene, now.transform(), &layer, QRectF(QPointF(0, 0), QSizeF(screen)), now.zoom(), -1,
                  -1);
    return image;
}

QImage layerOnly(const MapScene& scene, const MapViewport& view) {
    return MapLayer::draw(scene, view.transform(), kScreen, 1.0, view.zoom(), 1).image;
}

bool isLightGrey(QRgb c) {
    return qRed(c) == qGreen(c) && qGreen(c) == qBlue(c) && qRed(c) >= 220 && qRed(c) <= 235;
}

bool isWhite(QRgb c) {
    return qRed(c) > 250 && qGreen(c) > 250 && qBlue(c) > 250;
}

/// The darkest grey level (min of r, g, b) in the 3×3 pixels around `at`.
int darkest(const QImage& image, QPointF at) {
    int dark = 255;
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy) {
            const QRgb c = image.pixel(at.toPoint() + QPoint(dx, dy));
            dark = std::min({dark, qRed(c), qGreen(c), qBlue(c)});
        }
    return dark;
}

/// True when near-black text is drawn just right of `at` (a node's right edge, where its label goes).
bool hasLabel(const QImage& image, QPointF at) {
    for (int x = int(at.x()) + 4; x < int(at.x()) + 60 && x < image.width(); ++x)
        for (int y = int(at.y()) - 4; y <= int(at.y()) + 4; ++y) {
            const QRgb c = image.pixel(x, y);
            if (qRed(c) < 90 && qGreen(c) < 90 && qBlue(c) < 90)
                return true;
        }
    return false;
}

} // namespace

class TestMapDraw : public QObject {
    Q_OBJECT

private slots:
    void nodesLandWherePanAndZoomPutThem() {
        // Three people far apart, no ties.
        const QVector<QPointF> positions{{0, 0}, {100, 0}, {50, 60}};
        const MapScene scene = sceneOf(analysisOf(3, {}), positions);
        MapViewport view;
        const QRectF area = QRectF(QPointF(0, 0), QSizeF(kScreen)).adjusted(30, 30, -30, -30);
        view.fit(scene.index.bounds(), area);
        QCOMPARE(view.zoom(), 1.0);
        // Fitted: the map's height (60) fills the 340 px between the margins, centred.
        QCOMPARE(view.transform().toScreen(QPointF(50, 0)), QPointF(320, 30));
        QCOMPARE(view.transform().toScreen(QPointF(50, 60)), QPointF(320, 370));
        QImage drawn = frame(scene, view, view);
        for (const QPointF& p : positions)
            QVERIFY(!isWhite(drawn.pixel(view.transform().toScreen(p).toPoint())));

        // Panning 40 px right and 20 up shifts the cached layer with it: each node 40 px right, 20 px up.
        const MapViewport before = view;
        view.panBy(QPointF(40, -20));
        QCOMPARE(view.transform().toScreen(positions[2]), QPointF(360, 350));
        drawn = frame(scene, before, view);
        QVERIFY(!isWhite(drawn.pixel(360, 350)));
        QVERIFY(isWhite(drawn.pixel(320, 370))); // where it was

        // Zooming 2× about a point keeps that point still and doubles distances from it, both in the scaled
        // cached layer and in a freshly drawn one.
        const MapViewport panned = view;
        const QPointF anchor(350, 330);
        const QPointF worldAtAnchor = view.transform().toWorld(anchor);
        view.zoomBy(2.0, anchor);
        QCOMPARE(view.zoom(), 2.0);
        QVERIFY((view.transform().toScreen(worldAtAnchor) - anchor).manhattanLength() < 1e-9);
        const QPointF moved = anchor + (panned.transform().toScreen(positions[2]) - anchor) * 2.0;
        QVERIFY((view.transform().toScreen(positions[2]) - moved).manhattanLength() < 1e-9);
        QVERIFY(QRect(QPoint(0, 0), kScreen).contains(moved.toPoint()));
        QVERIFY(!isWhite(frame(scene, panned, view).pixel(moved.toPoint())));
        QVERIFY(!isWhite(frame(scene, view, view).pixel(moved.toPoint())));

        // Zoom stays between a fifth of the fitted view and 400×.
        view.zoomBy(1e6, anchor);
        QCOMPARE(view.zoom(), MapViewport::kMaxZoom);
        view.zoomBy(1e-9, anchor);
        QCOMPARE(view.zoom(), MapViewport::kMinZoom);
    }

    void labelsGoToTheMostImportantAndGrowWithZoom() {
        // Twenty people in two columns, 200 px apart, rows 15 px apart (room for one line of label each),
        // none of them tied, left of the legend: labels go by the importance order alone.
        const QSize screen(1280, 800);
        QVector<QPointF> positions;
        for (int i = 0; i < 20; ++i)
            positions << QPointF(200 + 200 * (i % 2), 400 + 15 * (i / 2 - 4.5));
        const MapScene scene = sceneOf(analysisOf(20, {}), positions);
        MapViewport view; // world = screen at zoom 1
        view.fit(QRectF(QPointF(0, 0), QSizeF(screen)), QRectF(QPointF(0, 0), QSizeF(screen)));
        const auto labelled = [&](const MapScene& s) {
            const QImage image = frame(s, view, view, screen);
            QVector<int> out;
            for (int i = 0; i < positions.size(); ++i) {
                const QPointF at = view.transform().toScreen(positions[i]);
                if (hasLabel(image, at + QPointF(MapScenePainter::radius(s, i, view.zoom()), 0)))
                    out << i;
            }
            return out;
        };
        // At zoom 1, labels for the 8 most important only.
        QVector<int> expected = scene.importance.mid(0, 8);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(labelled(scene), expected);
        // Zoomed in 2.6× (budget 20): every one of the twenty, all still on screen, has its label.
        view.zoomBy(2.6, QPointF(320, 400));
        QCOMPARE(labelled(scene).size(), 20);
        // With some highlighted (a search), only they are labelled.
        MapScene searched = scene;
        searched.highlighted = {3, 7};
        QCOMPARE(labelled(searched), (QVector<int>{3, 7}));
    }

    void strongerTiesAreDrawnDarkerAndDimmedOnesNotAtAll() {
        // Two parallel ties: 0–1 strong, 2–3 a hundredth as strong; 4 is alone.
        const QVector<QPointF> positions{{0, 0}, {100, 0}, {0, 50}, {100, 50}, {50, 100}};
        MapScene scene = sceneOf(analysisOf(5, {{0, 1, 10.0}, {2, 3, 0.1}}), positions);
        MapViewport view;
        view.fit(scene.index.bounds(), QRectF(QPointF(0, 0), QSizeF(kScreen)).adjusted(30, 30, -30, -30));
        const QPointF strong = view.transform().toScreen(QPointF(50, 0));
        const QPointF weak = view.transform().toScreen(QPointF(50, 50));
        const QImage drawn = layerOnly(scene, view);
        QVERIFY(darkest(drawn, strong) < 235);
        QVERIFY(darkest(drawn, weak) < 255);                         // faint, but drawn
        QVERIFY(darkest(drawn, strong) + 30 < darkest(drawn, weak)); // and clearly lighter

        // Highlighting 0, 1 and 2 (a search): the tie 2–3 has an end outside and is not drawn; 3 is grey.
        scene.highlighted = {0, 1, 2};
        const QImage dimmed = layerOnly(scene, view);
        QVERIFY(darkest(dimmed, strong) < 235);
        QCOMPARE(darkest(dimmed, weak), 255);
        QVERIFY(isLightGrey(dimmed.pixel(view.transform().toScreen(positions[3]).toPoint())));
        QVERIFY(!isLightGrey(dimmed.pixel(view.transform().toScreen(positions[2]).toPoint())));
    }

    void nodesOutsideTheViewAreCulledAndHitTestingFindsTheNearest() {
        QVector<QPointF> positions;
        for (int i = 0; i < 400; ++i)
            positions << QPointF(i % 20, i / 20) * 10.0;
        MapSpatialIndex index;
        index.build(positions);
        QVector<int> seen;
        index.forEachIn(QRectF(45, 45, 30, 30), [&](int i) { seen << i; });
        // Every node inside is visited, and far fewer than all 400.
        for (int i = 0; i < positions.size(); ++i)
            if (QRectF(45, 45, 30, 30).contains(positions[i]))
                QVERIFY2(seen.contains(i), qPrintable(QString::number(i)));
        QVERIFY(seen.size() < 100);
        QCOMPARE(index.nearest(QPointF(52, 61), 5.0), 6 * 20 + 5);
        QCOMPARE(index.nearest(QPointF(55, 65), 2.0), -1);
    }
};

QTEST_MAIN(TestMapDraw)
#include "tst_mapdraw.moc"
