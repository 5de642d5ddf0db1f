// chorus-man-page: fills the command sections of chorus-cli's manual page from chorus-cli itself.
//   chorus-man-page TEMPLATE.1 CHORUS_CLI OUTPUT.1
//
// The template is roff. A line
//   .\" command: WORDS :: PLANNED SYNOPSIS
// stands for the subcommand WORDS (or every subcommand under WORDS, like "import csv" under "import"):
// when `chorus-cli --help` lists it, the line becomes its synopsis, description and options as
// `chorus-cli WORDS --help` prints them; otherwise the planned synopsis with a note that this version
// does not have the command yet. So the page never claims a command that is missing, nor misses an option
// that exists. A build-time tool, never installed.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace {

// chorus-cli prints the default workspace under $HOME; the page shows it under "~".
const QString NeutralHome = QStringLiteral("/nonexistent/chorus-man-page-home");

struct Entry {
    QString name;        // "--db <FILE>", "-h, --help" or an argument name
    QString description; // joined across wrapped lines
};

struct CommandHelp {
    QString usage; // without "Usage: "
    QStringList description;
    QList<Entry> options;
    QList<Entry> arguments;
};

QString escapeText(QString text) {
    text.replace(QStringLiteral("\\"), QStringLiteral("\\e"));
    text.replace(QStringLiteral("-"), QStringLiteral("\\-"));
    text.replace(QStringLiteral("…"), QStringLiteral("..."));
    text.replace(NeutralHome, QStringLiteral("~"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

// Options in bold, placeholders (NAME, <FILE>) in italics, everything else as plain text.
QString highlight(const QString& text) {
    static const QRegularExpression token(QStringLiteral(
        R"((?<![\w-])(--?[a-zA-Z][a-zA-Z0-9-]*)|<([^>]+)>|(?<![\w-])([A-Z][A-Z0-9_]*)(?![\w-]))"));
    QString out;
    qsizetype at = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += escapeText(text.mid(at, match.capturedStart() - at));
        if (match.hasCaptured(1))
            out += QStringLiteral("\\fB") + escapeText(match.captured(1)) + QStringLiteral("\\fR");
        else if (match.hasCaptured(2))
            out += QStringLiteral("\\fI") + escapeText(match.captured(2)) + QStringLiteral("\\fR");
        else
            out += QStringLiteral("\\fI") + escapeText(match.captured(3)) + QStringLiteral("\\fR");
        at = match.capturedEnd();
    }
    return out + escapeText(text.mid(at));
}

QString synopsis(const QString& usage) {
    // "chorus-cli person add --name NAME": the program and its command words in bold.
    static const QRegularExpression words(QStringLiteral(R"(^(chorus-cli(?: [a-z][a-z-]*)*)(.*)$)"));
    const auto match = words.match(usage);
    if (!match.hasMatch())
        return highlight(usage);
    return QStringLiteral("\\fB") + escapeText(match.captured(1)) + QStringLiteral("\\fR") +
           highlight(match.captured(2));
}

struct Run {
    bool ok = false;
    QString output;
    QString error;
};

Run runCli(const QString& program, const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CHORUS_WORKSPACE"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.insert(QStringLiteral("HOME"), NeutralHome);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("80"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        run.error = QStringLiteral("%1 %2 did not finish: %3")
                        .arg(program, arguments.join(QLatin1Char(' ')), process.errorString());
        return run;
    }
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok)
        run.error = QStringLiteral("%1 %2 failed: %3")
                        .arg(program, arguments.join(QLatin1Char(' ')),
                             QString::fromUtf8(process.readAllStandardError()).trimmed());
    return run;
}

// The "Commands:" block of the top-level help: "  person add      Add a person".
QStringList listCommands(const QString& help) {
    static const QRegularExpression line(QStringLiteral(R"(^  ([a-z][a-z-]*(?: [a-z][a-z-]*)*)  +\S)"));
    QStringList commands;
    bool inCommands = false;
    for (const QString& text : help.split(QLatin1Char('\n'))) {
        if (text.startsWith(QLatin1String("Commands:"))) {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        const auto match = line.match(text);
        if (!match.hasMatch())
            break;
        commands << match.captured(1);
    }
    return commands;
}

CommandHelp parseCommandHelp(const QString& help) {
    static const QRegularExpression entry(QStringLiteral(R"(^  ((?:[^ ]| (?! ))+)  +(\S.*)$)"));
    static const QRegularExpression continuation(QStringLiteral(R"(^ {3,}(\S.*)$)"));
    CommandHelp result;
    enum { Head, Options, Arguments } part = Head;
    for (const QString& text : help.split(QLatin1Char('\n'))) {
        if (text.startsWith(QLatin1String("Usage: "))) {
            result.usage = text.mid(7).trimmed();
        } else if (text == QLatin1String("Options:")) {
            part = Options;
        } else if (text == QLatin1String("Arguments:")) {
            part = Arguments;
        } else if (part == Head) {
            if (!text.trimmed().isEmpty())
                result.description << text.trimmed();
        } else if (const auto match = entry.match(text); match.hasMatch()) {
            (part == Options ? result.options : result.arguments)
                << Entry{match.captured(1), match.captured(2)};
        } else if (const auto more = continuation.match(text); more.hasMatch()) {
            QList<Entry>& list = part == Options ? result.options : result.arguments;
            if (!list.isEmpty())
                list.last().description += QLatin1Char(' ') + more.captured(1);
        }
    }
    return result;
}

// Every command takes --db and --help; the page describes them once, under COMMON OPTIONS.
bool isCommonOption(const Entry& option) {
    return option.name.startsWith(QLatin1String("--db")) || option.name.contains(QLatin1String("--help"));
}

QStringList implementedBlock(const CommandHelp& help) {
    QStringList roff{QStringLiteral(".PP"), synopsis(help.usage), QStringLiteral(".PP")};
    for (const QString& line : help.description)
        roff << escapeText(line);
    for (const Entry& argument : help.arguments)
        roff << QStringLiteral(".TP") << QStringLiteral("\\fI%1\\fR").arg(escapeText(argument.name))
             << escapeText(argument.description);
    for (const Entry& option : help.options) {
        if (!isCommonOption(option))
            roff << QStringLiteral(".TP") << highlight(option.name) << escapeText(option.description);
    }
    // Whatever the template adds after the marker starts a paragraph of its own.
    return roff << QStringLiteral(".PP");
}

QStringList plannedBlock(const QString& plannedSynopsis) {
    return {QStringLiteral(".PP"), synopsis(plannedSynopsis), QStringLiteral(".PP"),
            QStringLiteral("\\fINot available in this version of chorus\\-cli yet: the command is part of "
                           "its contract and comes with a later version.\\fR"),
            QStringLiteral(".PP")};
}

int fail(const QString& message) {
    QTextStream(stderr) << "chorus-man-page: " << message << "\n";
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 3)
        return fail(QStringLiteral("usage: chorus-man-page TEMPLATE.1 CHORUS_CLI OUTPUT.1"));
    const QString templatePath = args.at(0);
    const QString cli = args.at(1);

    QFile templateFile(templatePath);
    if (!templateFile.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot read %1: %2").arg(templatePath, templateFile.errorString()));
    const QStringList lines = QString::fromUtf8(templateFile.readAll()).split(QLatin1Char('\n'));

    const Run top = runCli(cli, {QStringLiteral("--help")});
    if (!top.ok)
        return fail(top.error);
    const QStringList commands = listCommands(top.output);
    if (commands.isEmpty())
        return fail(QStringLiteral("%1 --help lists no commands").arg(cli));

    static const QRegularExpression marker(
        QStringLiteral(R"(^\.\\" command: ([a-z][a-z -]*[a-z]) :: (.+)$)"));
    QStringList out;
    int lineNumber = 0;
    for (const QString& line : lines) {
        ++lineNumber;
        const auto match = marker.match(line);
        if (!match.hasMatch()) {
            out << line;
            continue;
        }
        const QString words = match.captured(1);
        QStringList covered;
        for (const QString& command : commands) {
            if (command == words || command.startsWith(words + QLatin1Char(' ')))
                covered << command;
        }
        if (covered.isEmpty()) {
            out << plannedBlock(match.captured(2).trimmed());
            continue;
        }
        for (const QString& command : covered) {
            QStringList arguments = command.split(QLatin1Char(' '));
            arguments << QStringLiteral("--help");
            const Run sub = runCli(cli, arguments);
            if (!sub.ok)
                return fail(QStringLiteral("%1:%2: %3").arg(templatePath).arg(lineNumber).arg(sub.error));
            out << implementedBlock(parseCommandHelp(sub.output));
        }
    }

    QSaveFile output(args.at(2));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot write %1: %2").arg(args.at(2), output.errorString()));
    output.write(out.join(QLatin1Char('\n')).toUtf8());
    if (!output.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(args.at(2), output.errorString()));
    return 0;
}
