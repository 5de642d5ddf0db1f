// The desktop program speaks the system's language: the same start-up call (Translations::install with
// the default locale) that main() makes, once for English and once for German, and the real window
// built by the session shows the sidebar, the menus and the empty pages in that language.
#include "DesktopSession.h"
#include "Translations.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

namespace {

struct VisibleText {
    QStringList sidebar;
    QStringList menus;
    QString peopleEmpty;
    QString status;
};

// Opens a new empty workspace in a fresh session and reads what a user sees first.
VisibleText openAndRead(const QString& path) {
    VisibleText seen;
    desktop::DesktopSession session;
    if (!session.open(path, true, QStringLiteral("people")).isEmpty())
        return seen;
    ui::MainWindow* window = session.window();
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int i = 0; navigation && i < navigation->count(); ++i)
        seen.sidebar << navigation->item(i)->text();
    for (QAction* action : window->menuBar()->actions())
        seen.menus << action->text();
    if (auto* empty = window->findChild<QLabel*>(QStringLiteral("peopleTableEmpty")))
        seen.peopleEmpty = empty->text();
    if (auto* status = window->findChild<QLabel*>(QStringLiteral("workspaceStatus")))
        seen.status = status->text();
    return seen;
}

} // namespace

class TestLocale : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChorusTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_locale"));
        QSettings().clear();
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void germanIsCarried() { QVERIFY(desktop::Translations::available().contains(QStringLiteral("de"))); }

    void theSystemLocalePicksTheLanguageOfTheWindow() {
        QTemporaryDir dir;

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(desktop::Translations::install(*qApp), QStringList());
        const VisibleText english = openAndRead(dir.filePath(QStringLiteral("english.chorus")));
        QCOMPARE(english.sidebar.value(1), QStringLiteral("People"));
        QCOMPARE(english.sidebar.value(3), QStringLiteral("Events"));
        QVERIFY2(english.menus.contains(QStringLiteral("&File")), qPrintable(english.menus.join(u',')));
        QVERIFY2(english.menus.contains(QStringLiteral("&Capture")), qPrintable(english.menus.join(u',')));
        QVERIFY2(english.peopleEmpty.startsWith(QStringLiteral("No people yet.")),
                 qPrintable(english.peopleEmpty));
        QVERIFY2(english.status.contains(QStringLiteral("0 people")), qPrintable(english.status));

        // A German system: the same call main() makes at start-up, with the default locale.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QStringList loaded = desktop::Translations::install(*qApp);
        QVERIFY2(loaded.contains(QStringLiteral("chorus_de")), qPrintable(loaded.join(u',')));
        const VisibleText german = openAndRead(dir.filePath(QStringLiteral("german.chorus")));
        QCOMPARE(german.sidebar.size(), english.sidebar.size());
        QCOMPARE(german.sidebar.value(0), QStringLiteral("Heute"));
        QCOMPARE(german.sidebar.value(1), QStringLiteral("Personen"));
        QCOMPARE(german.sidebar.value(3), QStringLiteral("Veranstaltungen"));
        QCOMPARE(german.sidebar.value(6), QStringLiteral("Berichte"));
        QVERIFY2(german.menus.contains(QStringLiteral("&Datei")), qPrintable(german.menus.join(u',')));
        QVERIFY2(german.menus.contains(QStringLiteral("&Erfassen")), qPrintable(german.menus.join(u',')));
        QVERIFY2(german.menus.contains(QStringLiteral("&Hilfe")), qPrintable(german.menus.join(u',')));
        QVERIFY2(german.peopleEmpty.startsWith(QStringLiteral("Noch keine Personen.")),
                 qPrintable(german.peopleEmpty));
        QVERIFY2(german.status.contains(QStringLiteral("0 Personen")), qPrintable(german.status));
        // Nothing on the sidebar or the menu bar was left in English.
        for (int i = 0; i < english.sidebar.size(); ++i)
            QVERIFY2(german.sidebar[i] != english.sidebar[i] ||
                         english.sidebar[i] == QStringLiteral("Dashboard"),
                     qPrintable(german.sidebar[i]));
        for (const QString& menu : german.menus)
            QVERIFY2(!english.menus.contains(menu), qPrintable(menu));

        // Back to English: calling again replaces the German translators instead of stacking on them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(desktop::Translations::install(*qApp), QStringList());
        const VisibleText again = openAndRead(dir.filePath(QStringLiteral("again.chorus")));
        QCOMPARE(again.sidebar, english.sidebar);
        QCOMPARE(again.menus, english.menus);
    }
};

QTEST_MAIN(TestLocale)
#include "tst_locale.moc"
