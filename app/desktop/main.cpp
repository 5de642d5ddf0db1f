#include "CommandLine.h"
#include "DesktopIdentity.h"
#include "DesktopSession.h"
#include "Translations.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char* argv[]) {
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
    if (const QString error = session.open(path, true); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("Chorus"), error);
        return 1;
    }
    return QApplication::exec();
}
