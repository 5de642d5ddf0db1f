#include "DesktopIdentity.h"

#include <QGuiApplication>
#include <QIcon>

namespace chorus::desktop {

QString DesktopIdentity::applicationId() {
    return QStringLiteral(CHORUS_APP_ID);
}

QString DesktopIdentity::fallbackIconPath() {
    return QStringLiteral(":/chorus/icons/chorus.svg");
}

void DesktopIdentity::apply() {
    QGuiApplication::setApplicationName(QStringLiteral("Chorus"));
    QGuiApplication::setOrganizationName(QStringLiteral("Chorus"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));
    QGuiApplication::setDesktopFileName(applicationId());
    QGuiApplication::setWindowIcon(QIcon::fromTheme(applicationId(), QIcon(fallbackIconPath())));
}

} // namespace chorus::desktop
