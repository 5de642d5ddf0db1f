// Keyboard and screen-reader use of the whole desktop program: every page of the real main window (with
// the pages the program installs) and every capture dialog. Each control a screen reader announces has a
// name, icon-only buttons carry one of their own, and Tab reaches every enabled control of the page or
// dialog, in reading order.
#include "AccessibilityProbe.h"
#include "DesktopPages.h"
#include "UiTestSupport.h"
#include "capture/CaptureActions.h"
#include "capture/DuplicatesView.h"
#include "capture/EventCaptureWindow.h"
#include "capture/FollowUpsPanel.h"
#include "capture/MergeDialog.h"
#include "capture/QuickLogDialog.h"
#include "shell/MainWindow.h"
#include "support/TempWorkspace.h"

#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace chorus;
using namespace chorus::ui;

namespace {

QString names(const QList<QWidget*>& widgets) {
    QStringList out;
    for (QWidget* w : widgets)
        out << test::describe(w);
    return out.join(QStringLiteral(", "));
}

// The tab stops of `root` that Tab, starting from the first of them, never reaches.
QList<QWidget*> unreached(QWidget* root, QList<QWidget*>* chainInRoot) {
    const QList<QWidget*> stops = test::tabStops(root);
    if (stops.isEmpty())
        return {};
    const QList<QWidget*> chain = test::tabChain(stops.first());
    QList<QWidget*> missed;
    for (QWidget* w : stops) {
        if (!chain.contains(w))
            missed << w;
    }
    for (QWidget* w : chain) {
        if (root->isAncestorOf(w))
            *chainInRoot << w;
    }
    return missed;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings("tst_accessibility"); }

    void theProbesFailOnAnUnnamedIconButtonAndAnUnreachableControl() {
        QWidget form;
        auto* named = new QPushButton(QStringLiteral("&Save"), &form);
        auto* icon = new QToolButton(&form);
        icon->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
        named->move(0, 0);
        icon->move(0, 40);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(test::iconOnlyButtonsWithoutName(&form), QStringList{test::describe(icon)});
        QCOMPARE(test::unnamedControls(&form), QStringList{test::describe(icon)});
        icon->setAccessibleName(QStringLiteral("Find"));
        QVERIFY(test::iconOnlyButtonsWithoutName(&form).isEmpty());
        // A text box that keeps Tab for itself traps the keyboard: the controls after it are never reached.
        auto* trap = new QPlainTextEdit(&form);
        trap->move(0, 80);
        trap->show();
        QWidget::setTabOrder(named, trap);
        QWidget::setTabOrder(trap, icon);
        QList<QWidget*> chain;
        QCOMPARE(unreached(&form, &chain), QList<QWidget*>{icon});
        trap->setTabChangesFocus(true);
        chain.clear();
        QCOMPARE(unreached(&form, &chain), QList<QWidget*>());
        QCOMPARE(chain.size(), 3);
    }

    void everyPageNamesItsControlsAndTabReachesThem() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Champion, QStringLiteral("Engines"));
        tw.addPerson(QStringLiteral("Grace Hopper"), Stance::Advocate, QStringLiteral("Navy"));
        MainWindow window(tw.ws());
        desktop::installPages(window, tw.ws());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));

        QStringList problems = test::unnamedControls(window.mainToolBar());
        for (PageId id : AllPages) {
            window.showPage(id);
            QWidget* page = stack->currentWidget();
            QTest::qWait(50); // pages that load in the background show their controls
            const QString title = pageTitle(id);
            for (const QString& w : test::iconOnlyButtonsWithoutName(page))
                problems << title + QStringLiteral(": icon-only button without a name: ") + w;
            for (const QString& w : test::unnamedControls(page))
                problems << title + QStringLiteral(": no accessible name: ") + w;
            QList<QWidget*> chain;
            const QList<QWidget*> missed = unreached(page, &chain);
            if (!missed.isEmpty())
                problems << title + QStringLiteral(": Tab never reaches ") + names(missed) +
                                QStringLiteral(" (Tab went: ") + names(chain) + QLatin1Char(')');
            if (const QString order = test::readingOrderProblem(page, chain); !order.isEmpty())
                problems << title + QStringLiteral(": Tab goes back up: ") + order;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyCaptureDialogNamesItsControlsAndTabReachesThem() {
        test::TempWorkspace tw;
        const Id ada =
            tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Champion, QStringLiteral("Engines"));
        const Id twin =
            tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Unknown, QStringLiteral("Engines"));
        MainWindow window(tw.ws());
        desktop::installPages(window, tw.ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* capture = window.findChild<CaptureActions*>();
        QVERIFY(capture);

        QStringList problems;
        const auto walk = [&problems](const QString& what, QWidget* root) {
            for (const QString& w : test::iconOnlyButtonsWithoutName(root))
                problems << what + QStringLiteral(": icon-only button without a name: ") + w;
            for (const QString& w : test::unnamedControls(root))
                problems << what + QStringLiteral(": no accessible name: ") + w;
            QList<QWidget*> chain;
            const QList<QWidget*> missed = unreached(root, &chain);
            if (!missed.isEmpty())
                problems << what + QStringLiteral(": Tab never reaches ") + names(missed) +
                                QStringLiteral(" (Tab went: ") + names(chain) + QLatin1Char(')');
            if (const QString order = test::readingOrderProblem(root, chain); !order.isEmpty())
                problems << what + QStringLiteral(": Tab goes back up: ") + order;
        };

        window.findChild<QAction*>(QStringLiteral("actionQuickLog"))->trigger();
        QuickLogDialog* quick = capture->quickLogDialog();
        QVERIFY(QTest::qWaitFor([quick] { return QApplication::activeWindow() == quick; }));
        walk(QStringLiteral("Quick Log"), quick);
        quick->close();

        window.findChild<QAction*>(QStringLiteral("actionEventCapture"))->trigger();
        EventCaptureWindow* events = capture->eventCaptureWindow();
        events->setEvent(0);
        QVERIFY(QTest::qWaitFor([events] { return QApplication::activeWindow() == events; }));
        walk(QStringLiteral("Event Capture"), events);
        events->close();

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QAction*>(QStringLiteral("actionFollowUps"))->trigger();
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("followUpsDock"));
        QVERIFY(dock && dock->isVisible());
        walk(QStringLiteral("Follow-ups"), dock->widget());

        window.findChild<QAction*>(QStringLiteral("actionFindDuplicates"))->trigger();
        DuplicatesView* duplicates = capture->duplicatesView();
        QVERIFY(QTest::qWaitFor([duplicates] { return duplicates->isVisible(); }));
        QTRY_VERIFY(!duplicates->isScanning()); // the scan it starts on opening enables and disables buttons
        duplicates->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(duplicates));
        walk(QStringLiteral("Find Duplicates"), duplicates);
        duplicates->close();

        MergeDialog merge(tw.ws(), window.undoStack(), ada, twin);
        merge.show();
        QVERIFY(QTest::qWaitForWindowActive(&merge));
        walk(QStringLiteral("Merge"), &merge);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
