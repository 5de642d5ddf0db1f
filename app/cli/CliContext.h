#pragma once

#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace chorus::cli {

/// Exit statuses of the command-line contract (shared/CLI.md).
enum ExitCode { Ok = 0, BadInput = 1, BadUsage = 2 };

/// What a subcommand gets: its own arguments, the streams, and helpers for the shared options.
class CliContext final {
public:
    CliContext(QStringList commandWords, QStringList arguments, QTextStream& out, QTextStream& err);

    const QStringList& arguments() const { return m_arguments; }
    QString commandName() const { return m_commandWords.join(QLatin1Char(' ')); }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Adds --db, --json and --help, parses, and handles --help and usage errors.
    /// Returns an exit code when the command should stop now (help printed or bad usage).
    std::optional<int> parse(QCommandLineParser& parser, const QString& synopsis, const QString& description,
                             bool acceptsJson = true);
    bool json() const { return m_json; }
    QString databasePath() const;

    /// Opens the workspace named by --db; creates it only when `create` (generate, import, person add).
    /// On failure prints one line to stderr and returns null; `exitCode` is then set.
    std::unique_ptr<Workspace> openWorkspace(bool create, int* exitCode, const Clock* clock = nullptr);

    /// One line on stderr: "chorus-cli <command>: <message>".
    int fail(int code, const QString& message);
    int fail(const Error& error);
    void printJson(const QJsonValue& value);
    /// Aligned columns for people: the first row is the header.
    void printTable(const QList<QStringList>& rows);

private:
    QStringList m_commandWords;
    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_db;
    bool m_json = false;
};

} // namespace chorus::cli
