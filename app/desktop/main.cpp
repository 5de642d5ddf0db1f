#include "CommandLine.h"
#include "DesktopIdentity.h"
#include "DesktopSession.h"
#include "StartupProbe.h"
#include "Translations.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
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
    const QString path = commandLine.workspacePath().isEmpty() ? chorus::Workspace::defaultPath()
                                                               : commandLine.workspacePath();
    chorus::desktop::DesktopSession session;
    chorus::desktop::StartupProbe probe(sinceStart, commandLine.timing(), commandLine.screenshotPath());
    if (const QString error = session.open(path, true, commandLine.page()); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("Chorus"), error);
        return 1;
    }
    if (commandLine.timing() || !commandLine.screenshotPath().isEmpty())
        probe.watch(session.window());
    return QApplication::exec();
}
