#include "UiTestSupport.h"
#include "capture/CaptureActions.h"
#include "capture/KindComboBox.h"
#include "capture/QuickLogDialog.h"
#include "shell/MainWindow.h"
#include "support/TempWorkspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace chorus;
using namespace chorus::ui;

// Keys go where the keyboard focus is, as they would for a user: the tab order is part of what is tested.
static QWidget* focused() {
    return QApplication::focusWidget();
}
static void type(const QString& text) {
    QTest::keyClicks(focused(), text);
}
static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(focused(), key, modifiers);
}

class TestQuickLog : public QObject {
    Q_OBJECT

    static QuickLogDialog* openWithShortcut(MainWindow& window) {
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        auto* dialog = window.findChild<QuickLogDialog*>(QStringLiteral("quickLogDialog"));
        if (!dialog || !QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase() { test::isolateSettings("tst_quicklog"); }

    void keyboardOnlyLogWithCompletionAndFollowUp() {
        test::TempWorkspace tw; // now: Friday 2026-11-20 09:00 UTC
        const Id ada =
            tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Champion, QStringLiteral("Engines"));
        tw.addPerson(QStringLiteral("Grace Hopper"));
        MainWindow window(tw.ws());
        CaptureActions actions(window, tw.ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QuickLogDialog* dialog = openWithShortcut(window);
        QVERIFY(dialog);
        QCOMPARE(focused()->objectName(), QStringLiteral("quickWho"));
        // Not modal: the main window keeps taking input while the dialog is open.
        QCOMPARE(QApplication::activeModalWidget(), nullptr);

        // Completion over names: choose Ada with Down and Enter.
        type(QStringLiteral("lovel"));
        auto* who = qobject_cast<QLineEdit*>(focused());
        QAbstractItemView* popup = who->findChild<QCompleter*>()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(who->text(), QStringLiteral("Ada Lovelace"));

        press(Qt::Key_Tab);
        QVERIFY(qobject_cast<KindComboBox*>(focused()));
        type(QStringLiteral("cal"));
        QCOMPARE(qobject_cast<KindComboBox*>(focused())->kind(), TouchpointKind::Call);
        press(Qt::Key_Tab); // "they reached out"
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("quickWhen"));
        type(QStringLiteral("yesterday"));
        press(Qt::Key_Tab); // conversation
        press(Qt::Key_Tab); // event
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("quickNote"));
        type(QStringLiteral("Talked about the engine"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Send the Bernoulli paper"));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("quickFollowUpDue"));
        type(QStringLiteral("friday"));
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("quickPreview"))
                        ->text()
                        .startsWith(QStringLiteral("Call with Ada Lovelace")));
        press(Qt::Key_Return); // Enter saves

        QVERIFY(!dialog->isVisible());
        const auto touchpoints = *tw->touchpoints().forPerson(ada);
        QCOMPARE(touchpoints.size(), 1);
        QCOMPARE(touchpoints[0].kind, TouchpointKind::Call);
        QCOMPARE(touchpoints[0].direction, Direction::Inbound);
        QCOMPARE(touchpoints[0].at.date(), QDate(2026, 11, 19));
        QCOMPARE(touchpoints[0].note, QStringLiteral("Talked about the engine"));
        const auto followUps = *tw->followUps().forPerson(ada);
        QCOMPARE(followUps.size(), 1);
        QCOMPARE(followUps[0].title, QStringLiteral("Send the Bernoulli paper"));
        QCOMPARE(followUps[0].dueOn, QDate(2026, 11, 27));
        QCOMPARE(*tw->people().count(), 2); // no duplicate Ada

        // Undo takes the whole log back; redo stores it again.
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QVERIFY(tw->touchpoints().forPerson(ada)->isEmpty());
        QVERIFY(tw->followUps().forPerson(ada)->isEmpty());
        window.undoStack()->redo();
        QCOMPARE(tw->touchpoints().forPerson(ada)->size(), 1);
        QCOMPARE(tw->touchpoints().forPerson(ada)->first().at.date(), QDate(2026, 11, 19));
        QCOMPARE(tw->followUps().forPerson(ada)->first().dueOn, QDate(2026, 11, 27));
    }

    void badDateIsNamedThenANewPersonIsLoggedAndUndone() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Grace Hopper"));
        MainWindow window(tw.ws());
        CaptureActions actions(window, tw.ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QuickLogDialog* dialog = openWithShortcut(window);
        QVERIFY(dialog);

        type(QStringLiteral("Linus Newcomer"));
        press(Qt::Key_Tab);
        type(QStringLiteral("rep")); // Replied
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("the day before"));
        press(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("When: \"the day before\" is not a time")),
                 qPrintable(dialog->errorText()));
        QCOMPARE(*tw->people().count(), 1);
        QCOMPARE(window.undoStack()->count(), 0);

        auto* when = qobject_cast<QLineEdit*>(focused());
        QCOMPARE(when->objectName(), QStringLiteral("quickWhen"));
        when->selectAll();
        type(QStringLiteral("2 days ago"));
        press(Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(*tw->people().count(), 2);
        const auto found = *tw->people().complete(QStringLiteral("Newcomer"), 5);
        QCOMPARE(found.size(), 1);
        const Id linus = found[0].id;
        QCOMPARE(tw->touchpoints().forPerson(linus)->first().kind, TouchpointKind::Replied);
        QCOMPARE(tw->touchpoints().forPerson(linus)->first().at.date(), QDate(2026, 11, 18));

        // The created person goes with the undo and comes back with the same id.
        window.undoStack()->undo();
        QCOMPARE(*tw->people().count(), 1);
        window.undoStack()->redo();
        QCOMPARE(tw->people().get(linus)->name, QStringLiteral("Linus Newcomer"));
        QCOMPARE(tw->touchpoints().forPerson(linus)->size(), 1);

        // The toolbar button opens the same dialog, emptied for the next entry.
        QAction* quickLog = window.findChild<QAction*>(QStringLiteral("actionQuickLog"));
        QVERIFY(window.mainToolBar()->actions().contains(quickLog));
        quickLog->trigger();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("quickWho"))->text().isEmpty());
    }
};

QTEST_MAIN(TestQuickLog)
#include "tst_quicklog.moc"
