#include "PackagingSupport.h"

#include <QProcess>
#include <QRegularExpression>

namespace packaging {

QString ToolRun::describe() const {
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
}

ToolRun runTool(const QString& program, const QStringList& arguments, const QStringList& extraEnvironment,
                int timeoutMs) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& assignment : extraEnvironment) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq == assignment.size() - 1)
            env.remove(assignment.left(eq));
        else
            env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ToolRun run;
    run.started = process.waitForStarted(30000);
    if (!run.started) {
        run.err = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err =
            QStringLiteral("%1 %2 did not finish in time").arg(program, arguments.join(QLatin1Char(' ')));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList cliCommands(const QString& cliHelp) {
    static const QRegularExpression line(QStringLiteral(R"(^  ([a-z][a-z-]*(?: [a-z][a-z-]*)*)  +\S)"));
    QStringList commands;
    const QStringList lines = cliHelp.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(QStringLiteral("Commands:"));
    for (qsizetype i = start + 1; start >= 0 && i < lines.size(); ++i) {
        const auto match = line.match(lines.at(i));
        if (!match.hasMatch())
            break;
        commands << match.captured(1);
    }
    return commands;
}

QStringList cliOptions(const QString& commandHelp) {
    static const QRegularExpression line(QStringLiteral(R"(^  (?:-[a-zA-Z], )?(--[a-z][a-z0-9-]*))"));
    QStringList options;
    for (const QString& text : commandHelp.split(QLatin1Char('\n'))) {
        if (const auto match = line.match(text); match.hasMatch())
            options << match.captured(1);
    }
    return options;
}

QString buildDir() {
    return qEnvironmentVariable("CHORUS_BUILD_DIR");
}

} // namespace packaging
