#include "AccessibilityProbe.h"
#include "UiTestSupport.h"
#include "capture/CaptureActions.h"
#include "capture/DuplicatesView.h"
#include "capture/EventCaptureWindow.h"
#include "capture/FollowUpsPanel.h"
#include "capture/MergeDialog.h"
#include "capture/QuickLogDialog.h"
#include "help/AboutDialog.h"
#include "help/HelpActions.h"
#include "help/ShortcutsDialog.h"
#include "shell/MainWindow.h"
#include "shell/StandardPages.h"
#include "support/TempWorkspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace chorus;
using namespace chorus::ui;

using test::readingOrderProblem;
using test::tabChain;
using test::unnamedControls;

class TestHelp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings("tst_help"); }

    void aboutNamesVersionLicenceAndLibraries() {
        test::TempWorkspace tw;
        MainWindow window(tw.ws());
        HelpActions help(window, tw.ws());
        window.show();
        window.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
        auto* about = window.findChild<AboutDialog*>();
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        const QStringList lines = about->versionsText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QStringLiteral("Chorus 0.")));
        // Chorus links igraph (GPL-2.0-or-later): the project is GPL-3.0-or-later, named by its SPDX id.
        QCOMPARE(lines[1], QStringLiteral("Licence: GPL-3.0-or-later"));
        QCOMPARE(lines[2], QStringLiteral("Qt %1 (built with %2)")
                               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
        QVERIFY2(lines[3].contains(QRegularExpression(QStringLiteral("^SQLite 3\\.\\d+\\.\\d+$"))),
                 qPrintable(lines[3]));
        QVERIFY2(lines[4].contains(QRegularExpression(QStringLiteral("^igraph 0\\.\\d+\\.\\d+"))),
                 qPrintable(lines[4]));
    }

    void shortcutsReferenceListsEveryShortcut() {
        test::TempWorkspace tw;
        MainWindow window(tw.ws());
        StandardPages pages(window, tw.ws());
        CaptureActions capture(window, tw.ws());
        HelpActions help(window, tw.ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        auto* dialog = window.findChild<ShortcutsDialog*>();
        QVERIFY(dialog);
        const QStringList rows = dialog->rows();
        QVERIFY2(rows.contains(QStringLiteral("Capture | Quick Log | Ctrl+L")), qPrintable(rows.join('\n')));
        QVERIFY(rows.contains(QStringLiteral("Edit | Find | Ctrl+F")));
        QVERIFY(rows.contains(QStringLiteral("Help | Keyboard Shortcuts | Ctrl+/")));
        QVERIFY(rows.contains(QStringLiteral("In lists and forms | Follow-ups: mark done | D or Space")));
        // Every action with a shortcut anywhere in the window is listed with its keys.
        const QString all = rows.join(QLatin1Char('\n'));
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->shortcut().isEmpty() || a->text().isEmpty())
                continue;
            QVERIFY2(all.contains(a->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(a->objectName()));
        }
    }

    void controlsHaveAccessibleNamesAndReadingTabOrder() {
        test::TempWorkspace tw;
        const Id ada =
            tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Champion, QStringLiteral("Engines"));
        const Id twin =
            tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Unknown, QStringLiteral("Engines"));
        MainWindow window(tw.ws());
        StandardPages pages(window, tw.ws());
        CaptureActions capture(window, tw.ws());
        HelpActions help(window, tw.ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Toolbar buttons are icon-only on some styles: each speaks its action's name.
        {
            const QStringList missing = unnamedControls(window.mainToolBar());
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        }

        window.findChild<QAction*>(QStringLiteral("actionQuickLog"))->trigger();
        QuickLogDialog* quick = capture.quickLogDialog();
        QVERIFY(QTest::qWaitFor([quick] { return QApplication::activeWindow() == quick; }));
        QStringList missing = unnamedControls(quick);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        const auto quickChain = tabChain(quick->findChild<QWidget*>(QStringLiteral("quickWho")));
        QVERIFY(quickChain.size() >= 9);
        QCOMPARE(readingOrderProblem(quick, quickChain), QString());
        quick->close();

        window.findChild<QAction*>(QStringLiteral("actionEventCapture"))->trigger();
        EventCaptureWindow* events = capture.eventCaptureWindow();
        events->setEvent(0);
        QVERIFY(QTest::qWaitFor([events] { return QApplication::activeWindow() == events; }));
        missing = unnamedControls(events);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        const auto captureChain = tabChain(events->findChild<QWidget*>(QStringLiteral("capture-name")));
        QVERIFY(captureChain.size() >= 8);
        QCOMPARE(readingOrderProblem(events, captureChain), QString());
        events->close();

        window.findChild<QAction*>(QStringLiteral("actionFollowUps"))->trigger();
        missing = unnamedControls(window.findChild<QDockWidget*>(QStringLiteral("followUpsDock")));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        QUndoStack undo;
        MergeDialog merge(tw.ws(), &undo, ada, twin);
        merge.show();
        QVERIFY(QTest::qWaitForWindowActive(&merge));
        missing = unnamedControls(&merge);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        DuplicatesView duplicates(tw.ws(), &undo);
        duplicates.show();
        missing = unnamedControls(&duplicates);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
