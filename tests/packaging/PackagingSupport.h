#pragma once

#include <QString>
#include <QStringList>

// Shared by the packaging tests: running the tools they check with (desktop-file-validate, appstreamcli,
// dpkg-deb, chorus-cli...) and reading what chorus-cli says about itself.
namespace packaging {

struct ToolRun {
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const; // for failure messages
};

/// extraEnvironment: "NAME=value" sets, "NAME=" removes.
ToolRun runTool(const QString& program, const QStringList& arguments,
                const QStringList& extraEnvironment = {}, int timeoutMs = 120000);

/// The subcommands `chorus-cli --help` lists ("person add", "info", ...).
QStringList cliCommands(const QString& cliHelp);

/// The options `chorus-cli WORDS --help` lists, as "--name" (the first long name of each).
QStringList cliOptions(const QString& commandHelp);

/// $CHORUS_BUILD_DIR: the build tree the test belongs to.
QString buildDir();

} // namespace packaging
