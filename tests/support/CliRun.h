#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace chorus::test {

/// What one chorus-cli run (the binary CTest names in CHORUS_CLI) said and how it ended.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// Runs chorus-cli with `args` on the workspace `db`; a run that hangs stops the test.
inline CliRun runCli(QStringList args, const QString& db) {
    args << QStringLiteral("--db") << db;
    QProcess p;
    p.start(qEnvironmentVariable("CHORUS_CLI"), args);
    if (!p.waitForFinished(240000))
        qFatal("chorus-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace chorus::test
