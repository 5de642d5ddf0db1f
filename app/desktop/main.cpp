#include "CommandLine.h"
#include "DesktopIdentity.h"
#include "Translations.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>

// A placeholder window until the desktop workspace lands; it proves the workspace opens.
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
    chorus::Workspace::Options options;
    options.create = true;
    auto ws = chorus::Workspace::open(path, options);
    if (!ws) {
        QMessageBox::critical(nullptr, QObject::tr("Chorus"), ws.error().message);
        return 1;
    }
    QMainWindow window;
    window.setWindowTitle(QObject::tr("Chorus — %1").arg(path));
    auto* label =
        new QLabel(QObject::tr("%n people in this workspace.", nullptr, (*ws)->people().count().valueOr(0)));
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1024, 700);
    window.show();
    return QApplication::exec();
}
