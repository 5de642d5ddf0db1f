#include "Command.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[]) {
    // Drawing text (map render) needs a QGuiApplication; the offscreen platform keeps it headless.
    const bool draws = argc >= 3 && std::strcmp(argv[1], "map") == 0 && std::strcmp(argv[2], "render") == 0;
    if (draws)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QGuiApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Chorus"));
    QCoreApplication::setOrganizationName(QStringLiteral("Chorus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return chorus::cli::dispatch(arguments, out, err);
}
