#include "UiTestSupport.h"
#include "capture/CaptureActions.h"
#include "help/AboutDialog.h"
#include "help/HelpActions.h"
#include "help/ShortcutsDialog.h"
#include "shell/MainWindow.h"
#include "shell/StandardPages.h"
#include "support/TempWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QTest>

using namespace chorus;
using namespace chorus::ui;

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
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
