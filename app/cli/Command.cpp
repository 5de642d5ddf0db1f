#include "Command.h"

#include "commands/Commands.h"

#include <QCoreApplication>

namespace chorus::cli {

const QVector<Command>& commands() {
    static const QVector<Command> all{
        {QStringLiteral("generate"), QStringLiteral("Build a deterministic sample workspace"), runGenerate},
        {QStringLiteral("info"), QStringLiteral("Counts, schema version, size and integrity"), runInfo},
        {QStringLiteral("search"),
         QStringLiteral("Full-text search over people, handles, notes, conversations"), runSearch},
        {QStringLiteral("person add"), QStringLiteral("Add a person"), runPersonAdd},
        {QStringLiteral("person show"), QStringLiteral("Show one person"), runPersonShow},
        {QStringLiteral("person list"), QStringLiteral("List people"), runPersonList},
        {QStringLiteral("person export"), QStringLiteral("Export everything held about one person"),
         runPersonExport},
        {QStringLiteral("person erase"), QStringLiteral("Erase a person everywhere"), runPersonErase},
        {QStringLiteral("note add"), QStringLiteral("Add a note to a person, conversation or event"),
         runNoteAdd},
        {QStringLiteral("touchpoint add"), QStringLiteral("Log a touchpoint with a person"),
         runTouchpointAdd},
        {QStringLiteral("backup"), QStringLiteral("Make, list or prune verified backups"), runBackup},
        {QStringLiteral("restore"), QStringLiteral("Replace the workspace with a backup"), runRestore},
        {QStringLiteral("capture"),
         QStringLiteral("Log a touchpoint or note, matching the person by id, handle or name"), runCapture},
        {QStringLiteral("duplicates"), QStringLiteral("Groups of likely duplicate people"), runDuplicates},
        {QStringLiteral("merge"), QStringLiteral("Merge one person into another"), runMerge},
        {QStringLiteral("report"), QStringLiteral("Write a period, person or community report (PDF, HTML, CSV, Markdown)"),
         runReport},
        {QStringLiteral("suggest"),
         QStringLiteral("Whom to support, threads to join, introductions, reconnections, sceptics to heed"),
         runSuggest},
        {QStringLiteral("map metrics"),
         QStringLiteral("Communities, central people and brokers of the relationship map"), runMapMetrics},
        {QStringLiteral("map export"), QStringLiteral("Write the relationship map as GEXF or GraphML"),
         runMapExport},
        {QStringLiteral("map render"), QStringLiteral("Draw the relationship map to PNG, SVG or PDF"),
         runMapRender},
        {QStringLiteral("bench"), QStringLiteral("Measure the figures of docs/PERFORMANCE.md"), runBench},
        {QStringLiteral("bench map"), QStringLiteral("Measure the relationship map's figures"), runBenchMap},
    };
    return all;
}

namespace {
void printTopLevelHelp(QTextStream& out) {
    out << "Usage: chorus-cli <command> [options]\n\n"
           "The headless face of Chorus: drive a workspace from scripts, cron jobs and CI.\n"
           "Every command takes --db FILE (default: the user's workspace) and --help.\n\n"
           "Commands:\n";
    int width = 0;
    for (const Command& c : commands())
        width = std::max(width, int(c.words.size()));
    for (const Command& c : commands())
        out << "  " << c.words.leftJustified(width + 2) << c.summary << "\n";
    out << "\nOptions:\n  --help     Show this help.\n  --version  Show the version.\n";
    out.flush();
}
} // namespace

int dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printTopLevelHelp(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? BadUsage : Ok;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out << "chorus-cli " << QCoreApplication::applicationVersion() << "\n";
        out.flush();
        return Ok;
    }
    // The longest run of leading words that names a command wins ("person add" before "person").
    const Command* best = nullptr;
    int bestWords = 0;
    for (const Command& c : commands()) {
        const QStringList words = c.words.split(QLatin1Char(' '));
        if (words.size() <= arguments.size() && arguments.mid(0, words.size()) == words &&
            words.size() > bestWords) {
            best = &c;
            bestWords = int(words.size());
        }
    }
    if (!best) {
        // "person" alone, or "person frobnicate": list what exists under that word.
        QStringList family;
        for (const Command& c : commands()) {
            if (c.words.startsWith(arguments.first() + QLatin1Char(' ')))
                family << c.words;
        }
        if (!family.isEmpty()) {
            const bool wantsHelp = arguments.size() > 1 && (arguments.at(1) == QLatin1String("--help") ||
                                                            arguments.at(1) == QLatin1String("-h"));
            QTextStream& stream = wantsHelp ? out : err;
            if (!wantsHelp && arguments.size() > 1)
                stream << "chorus-cli: unknown command '" << arguments.mid(0, 2).join(QLatin1Char(' '))
                       << "'\n";
            stream << "Usage: chorus-cli " << arguments.first() << " <" << QStringLiteral("command")
                   << ">\n\nCommands:\n";
            for (const QString& words : family)
                stream << "  " << words << "\n";
            stream.flush();
            return wantsHelp ? Ok : BadUsage;
        }
        err << "chorus-cli: unknown command '" << arguments.first() << "' (see chorus-cli --help)\n";
        err.flush();
        return BadUsage;
    }
    CliContext ctx(best->words.split(QLatin1Char(' ')), arguments.mid(bestWords), out, err);
    return best->run(ctx);
}

} // namespace chorus::cli
