#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace chorus::test {

/// GUI tests keep their QSettings apart from the user's and start from empty settings.
inline void isolateSettings(const char* testName) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChorusTest"));
    QCoreApplication::setApplicationName(QLatin1String(testName));
    QSettings().clear();
}

} // namespace chorus::test
