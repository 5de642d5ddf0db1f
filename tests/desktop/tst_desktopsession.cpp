#include "DesktopSession.h"
#include "shell/MainWindow.h"
#include "shell/RecentWorkspaces.h"

#include <QApplication>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

class TestDesktopSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChorusTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktopsession"));
        QSettings().clear();
    }

    void openingAnotherWorkspaceReplacesTheWindow() {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.chorus"));
        const QString second = dir.filePath(QStringLiteral("second.chorus"));
        desktop::DesktopSession session;
        QCOMPARE(session.open(first, true), QString());
        QPointer<ui::MainWindow> window = session.window();
        QVERIFY(window->isVisible());
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("first")));
        // People, Conversations and Events are real pages; the others still say what will come.
        QVERIFY(window->hasPage(ui::PageId::People));
        QVERIFY(window->hasPage(ui::PageId::Conversations));
        QVERIFY(window->hasPage(ui::PageId::Events));

        // File ▸ New Workspace asks the session for another file: a new window, the old one goes.
        emit window->workspaceRequested(second, true);
        QVERIFY(session.window() != window);
        QVERIFY(session.window()->windowTitle().startsWith(QStringLiteral("second")));
        QTRY_VERIFY(window.isNull());
        QVERIFY(QFileInfo::exists(second));
        const QStringList recent = ui::RecentWorkspaces::list();
        QCOMPARE(recent.value(0), QFileInfo(second).absoluteFilePath());
        QCOMPARE(recent.value(1), QFileInfo(first).absoluteFilePath());

        // A file that is not there (and not to be created) is refused; the open window stays.
        ui::MainWindow* current = session.window();
        const QString error = session.open(dir.filePath(QStringLiteral("missing.chorus")), false);
        QVERIFY(!error.isEmpty());
        QCOMPARE(session.window(), current);
    }
};

QTEST_MAIN(TestDesktopSession)
#include "tst_desktopsession.moc"
