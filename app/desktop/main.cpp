#include "CommandLine.h"
#include "DesktopIdentity.h"
#include "DesktopSession.h"
#include "FirstRun.h"
#include "StartupProbe.h"
#include "Translations.h"
#include "preferences/PreferencesDialog.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --help and --version answer before any window system is touched.
    if (const auto exitCode = chorus::desktop::CommandLine::answerEarly(argc, argv))
        return *exitCode;
    QApplication app(argc, argv);
    chorus::desktop::DesktopIdentity::apply();
    chorus::desktop::Translations::install(app);
    const auto commandLine = chorus::desktop::CommandLine::parse(QApplication::arguments());
    if (commandLine.shouldExit())
        return commandLine.report();
    if (const auto theme = chorus::ui::savedTheme(); theme != chorus::ui::Theme::System)
        chorus::ui::applyTheme(theme);
    chorus::desktop::DesktopSession session;
    chorus::desktop::StartupProbe probe(sinceStart, commandLine.timing(), commandLine.screenshotPath());
    if (commandLine.workspacePath().isEmpty()) {
        const QString path = chorus::ui::PreferencesDialog::defaultWorkspacePath();
        if (!QFileInfo::exists(path)) {
            if (!chorus::desktop::runFirstRun(session, path))
                return 0;
            return QApplication::exec();
        }
        if (const QString error = session.open(path, true, commandLine.page()); !error.isEmpty()) {
            QMessageBox::critical(nullptr, QObject::tr("Chorus"), error);
            return 1;
        }
    } else if (const QString error = session.open(commandLine.workspacePath(), true, commandLine.page());
               !error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("Chorus"), error);
        return 1;
    }
    if (commandLine.timing() || !commandLine.screenshotPath().isEmpty()) {
        probe.setSearchText(commandLine.search());
        probe.watch(session.window());
    }
    return QApplication::exec();
}
