#include "CommandLine.h"
#include "DesktopIdentity.h"
#include "DesktopSession.h"
#include "FirstRun.h"
#include "SingleInstance.h"
#include "StartupProbe.h"
#include "Translations.h"
#include "preferences/PreferencesDialog.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>

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
    // One Chorus per workspace: a second launch on the same file brings the first forward and exits.
    const QString firstWorkspace = commandLine.workspacePath().isEmpty()
                                       ? chorus::ui::PreferencesDialog::defaultWorkspacePath()
                                       : commandLine.workspacePath();
    if (chorus::desktop::SingleInstance::forwardToRunning(firstWorkspace)) {
        QTextStream(stdout) << QObject::tr("Chorus is already open on %1; that window was brought forward.")
                                   .arg(QDir::toNativeSeparators(firstWorkspace))
                            << Qt::endl;
        return 0;
    }
    chorus::desktop::DesktopSession session;
    chorus::desktop::SingleInstance instance;
    instance.claim(firstWorkspace); // without the socket Chorus still works, only unguarded
    QObject::connect(&session, &chorus::desktop::DesktopSession::workspaceOpened, &instance,
                     [&instance](const QString& path) { instance.claim(path); });
    session.setHeldElsewhere([&instance](const QString& path) {
        return chorus::desktop::SingleInstance::serverName(path) !=
                   chorus::desktop::SingleInstance::serverName(instance.claimedPath()) &&
               chorus::desktop::SingleInstance::forwardToRunning(path);
    });
    QObject::connect(&instance, &chorus::desktop::SingleInstance::activationRequested, &session, [&session] {
        if (QWidget* window = session.window()) {
            window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
            window->show();
            window->raise();
            window->activateWindow();
        }
    });
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
        probe.setDialog(commandLine.dialog());
        probe.watch(session.window());
    }
    return QApplication::exec();
}
