#include "UiTestSupport.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"
#include "support/TempWorkspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace chorus;
using namespace chorus::ui;

namespace {

// Two triangles joined by an edge, laid out by hand far apart.
std::shared_ptr<GraphAnalysis> twoTriangles() {
    auto a = std::make_shared<GraphAnalysis>();
    const QStringList names{QStringLiteral("Ada"), QStringLiteral("Bob"), QStringLiteral("Cyd"),
                            QStringLiteral("Dan"), QStringLiteral("Eve"), QStringLiteral("Fay")};
    for (int i = 0; i < names.size(); ++i)
        a->graph.nodes.push_back({Id(10 + i), names[i], {}, Stance::Advocate, false});
    a->graph.reindex();
    for (auto [x, y] : {std::pair{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}})
        a->graph.addEdge(x, y, 1.0);
    a->graph.finish();
    a->metrics = *computeMetrics(a->graph);
    return a;
}

const QVector<QPointF> kPositions{{0, 0}, {10, 0}, {5, 8}, {60, 40}, {70, 40}, {65, 48}};

bool addTie(test::TempWorkspace& tw, Id a, Id b) {
    Tie t;
    t.personA = std::min(a, b);
    t.personB = std::max(a, b);
    return tw->ties().add(t).ok();
}

/// Shows the page and waits until it has loaded the workspace's map.
bool showAndWaitForLoad(MapView& view) {
    QSignalSpy loaded(&view, &MapView::loaded);
    view.resize(800, 500);
    view.show();
    return loaded.wait(20000);
}

} // namespace

class TestMapView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("tst_mapview"); }

    void zoomPanAndSelect() {
        MapCanvas canvas;
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setMap(twoTriangles(), kPositions);
        QCOMPARE(canvas.zoom(), 1.0);
        // Fitted: every node is inside the view.
        for (const QPointF& p : kPositions)
            QVERIFY(canvas.rect().contains(canvas.transform().toScreen(p).toPoint()));

        // The wheel zooms in around the cursor: the point under it stays put.
        const QPointF anchor = canvas.transform().toScreen(kPositions[4]);
        QWheelEvent wheel(anchor, canvas.mapToGlobal(anchor), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&canvas, &wheel);
        QVERIFY(canvas.zoom() > 1.3);
        QVERIFY((canvas.transform().toScreen(kPositions[4]) - anchor).manhattanLength() < 0.01);

        // Keys zoom out and pan.
        const double zoomed = canvas.zoom();
        QTest::keyClick(&canvas, Qt::Key_Minus);
        QVERIFY(canvas.zoom() < zoomed);
        const QPointF before = canvas.transform().offset;
        QTest::keyClick(&canvas, Qt::Key_Left);
        QCOMPARE(canvas.transform().offset, before + QPointF(60, 0));

        // Dragging pans.
        const QPointF offset = canvas.transform().offset;
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(300, 200));
        QMouseEvent move(QEvent::MouseMove, QPointF(340, 230), canvas.mapToGlobal(QPointF(340, 230)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&canvas, &move);
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(340, 230));
        QCOMPARE(canvas.transform().offset, offset + QPointF(40, 30));

        // A click on a node selects that person; a click on empty space clears the selection.
        QSignalSpy selected(&canvas, &MapCanvas::nodeSelected);
        const QPoint eve = canvas.transform().toScreen(kPositions[4]).toPoint();
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, eve);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().at(0).value<Id>(), Id(14));
        QCOMPARE(canvas.selectedNode(), 4);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(2, 398));
        QCOMPARE(canvas.selectedNode(), -1);

        // Double-click opens the profile; 0 fits again.
        QSignalSpy activated(&canvas, &MapCanvas::nodeActivated);
        QTest::mouseDClick(&canvas, Qt::LeftButton, {}, canvas.transform().toScreen(kPositions[0]).toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).value<Id>(), Id(10));
        QTest::keyClick(&canvas, Qt::Key_0);
        QCOMPARE(canvas.zoom(), 1.0);
    }

    void bigMapsDrawTheirLayerOffTheUiThread() {
        // 30,000 people in a ring: a layer that takes a while to draw.
        auto a = std::make_shared<GraphAnalysis>();
        const int n = 30000;
        QVector<QPointF> positions;
        for (int i = 0; i < n; ++i) {
            a->graph.nodes.push_back({Id(i + 1), QStringLiteral("P%1").arg(i), {}, Stance::Neutral, false});
            positions << QPointF(std::cos(2 * M_PI * i / n), std::sin(2 * M_PI * i / n)) * 100.0;
        }
        a->graph.reindex();
        for (int i = 0; i < n; ++i)
            a->graph.addEdge(i, (i + 1) % n, 1.0);
        a->graph.finish();
        MapCanvas canvas;
        canvas.resize(400, 300);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QSignalSpy ready(&canvas, &MapCanvas::layerReady);
        canvas.setMap(a, positions);
        canvas.repaint();
        // The paint asked for the layer and returned without it; it arrives from the worker.
        QVERIFY(canvas.isLayerPending());
        QVERIFY(ready.wait(20000));
        QVERIFY(!canvas.isLayerPending());
        // The ring is on screen: a node's centre is not background.
        const QImage drawn = canvas.grab().toImage();
        const QPoint east = canvas.transform().toScreen(positions[0]).toPoint();
        QVERIFY(drawn.pixel(east) != qRgb(255, 255, 255));

        // A zoom step only scales the layer on screen; once the view settles the new one arrives.
        canvas.zoomBy(2.0, QPointF(200, 150));
        canvas.repaint();
        QVERIFY(canvas.isLayerPending());
        QVERIFY(ready.wait(20000));
        QVERIFY(!canvas.isLayerPending());
    }

    void exportsTheView() {
        MapCanvas canvas;
        canvas.resize(320, 240);
        canvas.setMap(twoTriangles(), kPositions);
        QTemporaryDir dir;
        for (const char* name : {"view.png", "view.svg", "view.pdf"}) {
            const QString path = dir.filePath(QLatin1String(name));
            QVERIFY2(canvas.exportView(path).ok(), name);
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QVERIFY(!canvas.exportView(dir.filePath(QStringLiteral("view.txt"))).ok());
    }

    // The summary counts the people around the user, not the user, with the locale's digit grouping.
    void summaryCountsThePeopleButNotTheUser() {
        test::TempWorkspace tw;
        Person me;
        me.name = QStringLiteral("Me Myself");
        me.isSelf = true;
        const Id self = *tw->people().add(me);
        const Id ada = tw.addPerson(QStringLiteral("Ada Lovelace"));
        const Id bob = tw.addPerson(QStringLiteral("Bob Kahn"));
        QVERIFY(addTie(tw, self, ada));
        QVERIFY(addTie(tw, ada, bob));
        MapView view(tw.ws());
        QVERIFY(showAndWaitForLoad(view));
        QCOMPARE(view.canvas()->scene().nodeCount(), 3);
        const QString summary = view.findChild<QLabel*>(QStringLiteral("mapSummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("2 people · 2 relationships · ")), qPrintable(summary));
    }

    void thePageLoadsTheWorkspaceAndHighlights() {
        test::TempWorkspace tw;
        QVector<Id> ids;
        for (const char* name : {"Ada Lovelace", "Bob Kahn", "Cyd Charisse", "Dan Bricklin"})
            ids << tw.addPerson(QString::fromUtf8(name), ids.size() < 2 ? Stance::Advocate : Stance::Sceptic);
        for (int i = 0; i + 1 < ids.size(); ++i)
            QVERIFY(addTie(tw, ids[i], ids[i + 1]));
        MapView view(tw.ws());
        QVERIFY(showAndWaitForLoad(view));
        QSignalSpy loaded(&view, &MapView::loaded); // the reloads below
        QCOMPARE(view.canvas()->scene().nodeCount(), 4);
        // Drawn: the page no longer says it is busy (what --screenshot waits for).
        QTRY_VERIFY(!view.property("chorusBusy").toBool());
        // Stored positions were written by the first load.
        QCOMPARE(tw->graph().positions()->size(), 4);

        auto* search = view.findChild<QLineEdit*>(QStringLiteral("mapSearch"));
        search->setText(QStringLiteral("bob"));
        QCOMPARE(view.canvas()->scene().highlighted.size(), 1);
        search->clear();
        QVERIFY(view.canvas()->scene().highlighted.isEmpty());
        // No match, or a focus with nobody selected: the user is told rather than left with an unchanged map.
        QSignalSpy status(&view, &MapView::statusMessage);
        search->setText(QStringLiteral("zelda"));
        QVERIFY(view.canvas()->scene().highlighted.isEmpty());
        QVERIFY(!status.isEmpty() && status.last().at(0).toString().contains(QStringLiteral("zelda")));
        search->clear();
        auto* focus = view.findChild<QComboBox*>(QStringLiteral("mapFocus"));
        status.clear();
        focus->setCurrentIndex(1);
        QCOMPARE(status.count(), 1);
        focus->setCurrentIndex(0);

        // Focus on the first person's network: themselves and their one neighbour.
        view.canvas()->selectNode(view.canvas()->scene().analysis->graph.indexOf(ids[0]));
        view.focusOnSelection(1);
        QCOMPARE(view.canvas()->scene().highlighted.size(), 2);
        view.focusOnSelection(2);
        QCOMPARE(view.canvas()->scene().highlighted.size(), 3);

        auto* colour = view.findChild<QComboBox*>(QStringLiteral("mapColourBy"));
        colour->setCurrentIndex(1);
        QCOMPARE(view.canvas()->style().colour, NodeColouring::Stance);

        // Picking a community shows its members in full.
        auto* community = view.findChild<QComboBox*>(QStringLiteral("mapCommunity"));
        QVERIFY(community->count() >= 2);
        community->setCurrentIndex(1);
        QCOMPARE(view.canvas()->scene().highlighted.size(),
                 view.canvas()->scene().analysis->metrics.communities.first().size);

        // Filtering by stance rebuilds the graph: only the two advocates remain.
        auto* stance = view.findChild<QComboBox*>(QStringLiteral("mapStance"));
        stance->setCurrentIndex(stance->findData(QStringLiteral("aligned")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(view.canvas()->scene().nodeCount(), 2);
        stance->setCurrentIndex(0);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(view.canvas()->scene().nodeCount(), 4);

        // Stepping the minimum strength with the arrow keys rebuilds the graph once the steps pause: the
        // three ties (strength 0.5 by default) drop out above 0.5, and come back below it.
        QCOMPARE(view.canvas()->scene().analysis->graph.edgeCount(), 3);
        auto* minWeight = view.findChild<QDoubleSpinBox*>(QStringLiteral("mapMinWeight"));
        minWeight->setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(minWeight, Qt::Key_Up);
        QCOMPARE(minWeight->value(), 0.6);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(view.canvas()->scene().analysis->graph.edgeCount(), 0);
        QTest::keyClick(minWeight, Qt::Key_PageDown); // a big step down to 0
        QVERIFY(loaded.wait(20000));
        QCOMPARE(view.canvas()->scene().analysis->graph.edgeCount(), 3);

        // A change in the workspace reloads the map.
        tw.addPerson(QStringLiteral("Eve Newcomer"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(view.canvas()->scene().nodeCount(), 5);
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
