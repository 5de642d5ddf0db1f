#include "Commands.h"
#include "JsonOutput.h"

namespace chorus::cli {

int runNoteAdd(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("person"), QStringLiteral("Attach to this person."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("conversation"), QStringLiteral("Attach to this conversation."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("event"), QStringLiteral("Attach to this event."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("text"), QStringLiteral("The note (required)."), QStringLiteral("TEXT")});
    if (auto code = ctx.parse(
            parser,
            QStringLiteral("note add (--person ID | --conversation ID | --event ID) --text TEXT [--db FILE]"),
            QStringLiteral("Add a note to one person, conversation or event.")))
        return *code;
    Note note;
    int subjects = 0;
    const QList<QPair<QString, NoteSubject>> options{
        {QStringLiteral("person"), NoteSubject::Person},
        {QStringLiteral("conversation"), NoteSubject::Conversation},
        {QStringLiteral("event"), NoteSubject::Event}};
    for (const auto& [name, subject] : options) {
        if (!parser.isSet(name))
            continue;
        ++subjects;
        bool ok = false;
        note.subject = subject;
        note.subjectId = parser.value(name).toLongLong(&ok);
        if (!ok || note.subjectId <= 0)
            return ctx.fail(BadUsage,
                            QStringLiteral("--%1: \"%2\" is not an id").arg(name, parser.value(name)));
    }
    if (subjects != 1)
        return ctx.fail(BadUsage, QStringLiteral("give exactly one of --person, --conversation or --event"));
    note.body = parser.value(QStringLiteral("text"));
    if (note.body.trimmed().isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("--text: the note is empty"));
    int code = Ok;
    auto ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return code;
    auto id = ws->notes().add(note);
    if (!id)
        return ctx.fail(id.error());
    auto stored = ws->notes().get(*id);
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json())
        ctx.printJson(noteJson(*stored));
    else
        ctx.out() << "Added note " << *id << "\n";
    return Ok;
}

} // namespace chorus::cli
