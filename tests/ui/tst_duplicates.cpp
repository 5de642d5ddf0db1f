#include "UiTestSupport.h"
#include "capture/CaptureActions.h"
#include "capture/DuplicatesView.h"
#include "capture/MergeDialog.h"
#include "shell/MainWindow.h"
#include "support/TempWorkspace.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QThread>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace chorus;
using namespace chorus::ui;

class TestDuplicates : public QObject {
    Q_OBJECT

    static Id add(test::TempWorkspace& tw, Person p, int touchpoints) {
        const Id id = *tw->people().add(p);
        for (int i = 0; i < touchpoints; ++i) {
            Touchpoint t;
            t.personId = id;
            t.kind = TouchpointKind::Replied;
            t.at = tw.clock().now().addDays(-i - 1);
            [&] {
                QVERIFY(tw->touchpoints().add(t).ok());
            }();
        }
        return id;
    }

private slots:
    void initTestCase() { test::isolateSettings("tst_duplicates"); }

    void scanMergeChoosingValuesAndUndo() {
        test::TempWorkspace tw;
        Person a;
        a.name = QStringLiteral("Ada Lovelace");
        a.organisation = QStringLiteral("Engines");
        a.stance = Stance::Champion;
        a.identities = {{0, 0, QStringLiteral("github"), QStringLiteral("ada"), {}}};
        const Id ada = add(tw, a, 2);
        Person b;
        b.name = QStringLiteral("Ada Lovelace");
        b.organisation = QStringLiteral("Engines");
        b.role = QStringLiteral("Mathematician");
        b.location = QStringLiteral("London");
        b.stance = Stance::Sceptic;
        b.identities = {{0, 0, QStringLiteral("email"), QStringLiteral("ada@engines.example"), {}}};
        const Id twin = add(tw, b, 1);
        FollowUp f;
        f.personId = twin;
        f.title = QStringLiteral("Send the notes");
        f.dueOn = QDate(2026, 11, 25);
        const Id followUp = *tw->followUps().add(f);
        tw.addPerson(QStringLiteral("Grace Hopper"), Stance::Unknown, QStringLiteral("Navy"));

        MainWindow window(tw.ws());
        CaptureActions actions(window, tw.ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+Shift+D opens the view and scans in a worker.
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        DuplicatesView* view = actions.duplicatesView();
        QVERIFY(view->isVisible());
        QTRY_VERIFY(!view->isScanning());
        QCOMPARE(view->statusText(), QStringLiteral("Groups of likely duplicates: 1 (among 3 people)."));
        QTreeWidget* tree = view->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(2), QStringLiteral("2")); // most history first

        // Enter on the group opens the merge dialog: Ada (2 touchpoints) is kept.
        QVERIFY(QTest::qWaitFor([view] { return QApplication::activeWindow() == view; }));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        MergeDialog* dialog = view->mergeDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->survivorId(), ada);
        // Defaults fill the kept person's gaps (role, location) and keep what they have (stance)...
        auto* stanceOther = dialog->findChild<QRadioButton*>(
            QStringLiteral("mergeField-%1-other").arg(int(MergeField::Stance)));
        auto* locationOther = dialog->findChild<QRadioButton*>(
            QStringLiteral("mergeField-%1-other").arg(int(MergeField::Location)));
        QVERIFY(!stanceOther->isChecked());
        QVERIFY(locationOther->isChecked());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("mergeMoving"))
                    ->text()
                    .contains(QStringLiteral("touchpoints")));
        // ... and the user takes the other's stance instead.
        QTest::mouseClick(stanceOther, Qt::LeftButton);
        QVERIFY(stanceOther->isChecked());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("mergeConfirm")), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        auto checkMerged = [&] {
            QVERIFY(!tw->people().get(twin).ok());
            const Person kept = *tw->people().get(ada);
            QCOMPARE(kept.stance, Stance::Sceptic);
            QCOMPARE(kept.location, QStringLiteral("London"));
            QCOMPARE(kept.role, QStringLiteral("Mathematician"));
            QCOMPARE(kept.identities.size(), 2);
            QCOMPARE(tw->touchpoints().forPerson(ada)->size(), 3);
            QCOMPARE(tw->followUps().get(followUp)->personId, ada);
            QCOMPARE(*tw->people().count(), 2);
        };
        checkMerged();
        QCOMPARE(tree->topLevelItemCount(), 0);
        QCOMPARE(window.undoStack()->count(), 1);

        // Undo: both people exactly as they were, with their ids.
        window.undoStack()->undo();
        QCOMPARE(*tw->people().count(), 3);
        const Person back = *tw->people().get(twin);
        QCOMPARE(back.location, QStringLiteral("London"));
        QCOMPARE(back.identities.size(), 1);
        QCOMPARE(tw->people().get(ada)->stance, Stance::Champion);
        QVERIFY(tw->people().get(ada)->location.isEmpty());
        QCOMPARE(tw->touchpoints().forPerson(ada)->size(), 2);
        QCOMPARE(tw->touchpoints().forPerson(twin)->size(), 1);
        QCOMPARE(tw->followUps().get(followUp)->personId, twin);
        window.undoStack()->redo();
        checkMerged();
    }

    void scanReportsProgressAndCancels() {
        test::TempWorkspace tw;
        QUndoStack undo;
        DuplicatesView view(tw.ws(), &undo);
        // A scan that reports 40% and then waits to be cancelled.
        view.setScanStarter([](const QString&) {
            return QtConcurrent::run([](QPromise<DuplicateScanReport>& promise) {
                promise.setProgressRange(0, 1000);
                promise.setProgressValue(400);
                while (!promise.isCanceled())
                    QThread::msleep(2);
            });
        });
        view.show();
        auto* scan = view.findChild<QPushButton*>(QStringLiteral("duplicatesScan"));
        auto* cancel = view.findChild<QPushButton*>(QStringLiteral("duplicatesCancel"));
        QTest::mouseClick(scan, Qt::LeftButton);
        QVERIFY(view.isScanning());
        QVERIFY(!scan->isEnabled());
        QTRY_COMPARE(view.findChild<QProgressBar*>(QStringLiteral("duplicatesProgress"))->value(), 400);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!view.isScanning());
        QTRY_COMPARE(view.statusText(), QStringLiteral("Scan cancelled."));
        QVERIFY(scan->isEnabled());
        QVERIFY(!cancel->isEnabled());
    }
};

QTEST_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
