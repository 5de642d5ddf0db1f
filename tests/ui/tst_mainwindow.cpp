#include "shell/MainWindow.h"
#include "support/TempWorkspace.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace chorus;
using namespace chorus::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChorusTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void unbuiltPagesSayWhatWillCome() {
        test::TempWorkspace tw;
        MainWindow window(tw.ws());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 8);
        QCOMPARE(navigation->item(4)->text(), QStringLiteral("Map"));
        window.showPage(PageId::Map);
        QVERIFY(!window.hasPage(PageId::Map));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("placeholder-map"));
        auto* promise = stack->currentWidget()->findChild<QLabel*>(QStringLiteral("promise"));
        QVERIFY(promise->text().contains(QStringLiteral("communities")));
    }

    void aRegisteredPageReplacesItsPlaceholderAndIsReachable() {
        test::TempWorkspace tw;
        MainWindow window(tw.ws());
        window.show();
        auto* mapPage = new QLabel(QStringLiteral("the real map"));
        window.setPage(PageId::Map, mapPage);
        QVERIFY(window.hasPage(PageId::Map));
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("placeholder-map")));

        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        const QRect mapRow = navigation->visualItemRect(navigation->item(int(PageId::Map)));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, mapRow.center());
        QCOMPARE(window.currentPage(), PageId::Map);
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QCOMPARE(stack->currentWidget(), mapPage);

        // Ctrl+4 goes to Events through the View menu's action.
        auto* gotoEvents = window.findChild<QAction*>(QStringLiteral("actionGoto-events"));
        QCOMPARE(gotoEvents->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
        gotoEvents->trigger();
        QCOMPARE(window.currentPage(), PageId::Events);
    }

    void statusBarCountsFollowTheWorkspace() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Ada Lovelace"));
        tw.addPerson(QStringLiteral("Grace Hopper"));
        MainWindow window(tw.ws());
        auto* status = window.findChild<QLabel*>(QStringLiteral("workspaceStatus"));
        QVERIFY(status->text().contains(QStringLiteral("2 people")));
        QVERIFY(status->text().startsWith(QStringLiteral("test")));
        tw.addPerson(QStringLiteral("Katherine Johnson"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("3 people")));
    }

    void standardShortcutsAreThere() {
        test::TempWorkspace tw;
        MainWindow window(tw.ws());
        const auto shortcut = [&](const char* name) {
            auto* action = window.findChild<QAction*>(QLatin1String(name));
            return action ? action->shortcut() : QKeySequence();
        };
        QCOMPARE(shortcut("actionFind"), QKeySequence(QKeySequence::Find));
        QCOMPARE(shortcut("actionOpenWorkspace"), QKeySequence(QKeySequence::Open));
        QCOMPARE(shortcut("actionNewWorkspace"), QKeySequence(QKeySequence::New));
        QCOMPARE(shortcut("actionQuit"), QKeySequence(QKeySequence::Quit));
        QCOMPARE(shortcut("actionUndo"), QKeySequence(QKeySequence::Undo));
        QVERIFY(!shortcut("actionPreferences").isEmpty());
    }

    void theLastPageComesBack() {
        test::TempWorkspace tw;
        {
            MainWindow window(tw.ws());
            window.showPage(PageId::Reports);
            window.saveViewState();
        }
        MainWindow again(tw.ws());
        again.restoreViewState();
        QCOMPARE(again.currentPage(), PageId::Reports);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
