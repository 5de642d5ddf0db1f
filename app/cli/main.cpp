#include "Command.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
// Reports and map render lay out text and draw, which needs Qt's font machinery: those commands (and bench,
// which measures a report) get a QGuiApplication on the offscreen platform, so they still need no display.
bool needsGraphics(int argc, char* argv[]) {
    if (argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "bench") == 0))
        return true;
    return argc > 2 && qstrcmp(argv[1], "map") == 0 && qstrcmp(argv[2], "render") == 0;
}
} // namespace

int main(int argc, char* argv[]) {
    std::unique_ptr<QCoreApplication> application;
    if (needsGraphics(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Where Qt would put its runtime folder anyway, without its warning on stderr.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            qputenv("XDG_RUNTIME_DIR", QDir::tempPath().toLocal8Bit() + "/runtime-" + qgetenv("USER"));
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Chorus"));
    QCoreApplication::setOrganizationName(QStringLiteral("Chorus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return chorus::cli::dispatch(arguments, out, err);
}
