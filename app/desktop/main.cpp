#include "storage/Workspace.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>

// A placeholder window until the desktop workspace lands; it proves the workspace opens.
int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Chorus"));
    QApplication::setOrganizationName(QStringLiteral("Chorus"));
    QApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : chorus::Workspace::defaultPath();
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
