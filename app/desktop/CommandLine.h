#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace chorus::desktop {

/// The desktop program's command line: `chorus [--version] [--help] [WORKSPACE]`.
///
/// --help and --version are answered before QApplication exists (answerEarly), so they work in a
/// terminal without a display. Everything else is parsed from QApplication::arguments(), after Qt has
/// taken its own options (-platform, -style, ...).
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Parses the arguments; the first is the program. Unknown options and more than one workspace are
    /// usage errors.
    static CommandLine parse(const QStringList& arguments);

    /// When argv asks for --help or --version: prints the answer and returns the exit status.
    /// Otherwise returns nothing and prints nothing, and the program goes on to build QApplication.
    static std::optional<int> answerEarly(int argc, char* argv[]);

    /// True when the program should stop with exitCode(): help, version or a usage error.
    bool shouldExit() const { return m_exitCode.has_value(); }
    int exitCode() const { return m_exitCode.value_or(0); }
    /// The workspace file named on the command line; empty for the default workspace.
    QString workspacePath() const { return m_workspacePath; }
    /// Hidden options: save a picture of the window to this file once it has painted, then quit.
    QString screenshotPath() const { return m_screenshotPath; }
    /// Hidden option: the page to show first ("people", "map"…).
    QString page() const { return m_page; }
    /// Hidden option: print start-up figures (first paint, memory) to stderr.
    bool timing() const { return m_timing; }
    /// Hidden option: text to type into the search field before the screenshot.
    QString search() const { return m_search; }
    /// Hidden option: a dialog to open before the screenshot ("preferences", "suggestions": its second tab).
    QString dialog() const { return m_dialog; }
    /// Help or version text (for stdout), or one error line (for stderr).
    QString message() const { return m_message; }
    bool isError() const { return m_exitCode.value_or(0) != 0; }

    /// Writes message() to stdout, or to stderr for an error, and returns exitCode().
    int report() const;

private:
    QString m_workspacePath;
    QString m_screenshotPath;
    QString m_page;
    bool m_timing = false;
    QString m_search;
    QString m_dialog;
    QString m_message;
    std::optional<int> m_exitCode;
};

} // namespace chorus::desktop
