#include "CommandLine.h"

#include "Translations.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace chorus::desktop {

namespace {

constexpr int ExitBadUsage = 2; // as chorus-cli: 0 ok, 1 bad input, 2 bad usage

QString programName(const QStringList& arguments) {
    return arguments.isEmpty() ? QStringLiteral("chorus") : QFileInfo(arguments.constFirst()).fileName();
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("Chorus: a desktop studio for technology evangelists. Keeps the people around a platform, the "
           "conversations they take part in and every touchpoint with them.\n\n"
           "Without WORKSPACE, Chorus opens your default workspace (%1, or $CHORUS_WORKSPACE). Use "
           "chorus-cli for scripts.")
            .arg(QStringLiteral("~/.local/share/Chorus/workspace.chorus")));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    parser.addOption(help);
    parser.addOption(version);
    // Hidden: for documentation screenshots and start-up measurements (docs/PERFORMANCE.md).
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("PAGE"));
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    search.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption dialog(QStringLiteral("dialog"), QString(), QStringLiteral("NAME"));
    dialog.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption timing(QStringLiteral("timing"));
    timing.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.addOption(timing);
    parser.addOption(search);
    parser.addOption(dialog);
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file (.chorus) to open."),
                                 QStringLiteral("[WORKSPACE]"));

    const bool parsed = parser.parse(arguments);
    const QString program = programName(arguments);
    CommandLine result;
    // Help and version win over other mistakes on the same line, as users expect.
    if (parser.isSet(help)) {
        // The usage line names the program as typed (or, without an application object, as
        // "<executable_name>"); show its plain name, as the rest of the help does.
        const QString text = parser.helpText();
        const qsizetype endOfUsage = text.indexOf(QLatin1Char('\n'));
        QString usage = text.left(endOfUsage);
        usage.replace(QStringLiteral("<executable_name>"), program);
        if (!arguments.isEmpty())
            usage.replace(arguments.constFirst(), program);
        result.m_message = usage + text.mid(endOfUsage);
        result.m_exitCode = 0;
        return result;
    }
    if (parser.isSet(version)) {
        result.m_message = QStringLiteral("%1 %2\n").arg(program, QStringLiteral(CHORUS_VERSION));
        result.m_exitCode = 0;
        return result;
    }
    if (!parsed) {
        result.m_message = tr("%1: %2 (see %1 --help)\n").arg(program, parser.errorText());
        result.m_exitCode = ExitBadUsage;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.m_message =
            tr("%1: give one workspace file, not %2 (see %1 --help)\n").arg(program).arg(positional.size());
        result.m_exitCode = ExitBadUsage;
        return result;
    }
    if (!positional.isEmpty())
        result.m_workspacePath = positional.constFirst();
    result.m_screenshotPath = parser.value(screenshot);
    result.m_page = parser.value(page);
    result.m_dialog = parser.value(dialog);
    result.m_timing = parser.isSet(timing);
    result.m_search = parser.value(search);
    return result;
}

std::optional<int> CommandLine::answerEarly(int argc, char* argv[]) {
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only help and version are answered here: anything else waits for Qt to take its own options.
    if (const CommandLine first = parse(arguments); !first.shouldExit() || first.isError())
        return std::nullopt;
    // A QCoreApplication needs no display, and lets the answer come in the user's language.
    QCoreApplication app(argc, argv);
    Translations::install(app);
    return parse(arguments).report();
}

int CommandLine::report() const {
    const QByteArray text = m_message.toLocal8Bit();
    std::FILE* stream = isError() ? stderr : stdout;
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
    std::fflush(stream);
    return exitCode();
}

} // namespace chorus::desktop
