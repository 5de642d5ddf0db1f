// A stand-in for the event-capture window in the kill test: opens a workspace, starts a capture draft and
// "types" the given fields one character at a time through CaptureSession, printing a line after every
// committed keystroke. The test kills it with SIGKILL part-way through and checks that what it reported as
// typed is on disk.
//   capture_typist WORKSPACE EVENT_ID FIELD=VALUE...
#include "capture/CaptureSession.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace chorus;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: capture_typist WORKSPACE EVENT_ID FIELD=VALUE...\n";
        return 2;
    }
    auto ws = Workspace::open(args.at(1), Workspace::Options{});
    if (!ws) {
        err << ws.error().message << "\n";
        return 1;
    }
    CaptureSession session(**ws, args.at(2).toLongLong());
    auto draft = session.newDraft();
    if (!draft) {
        err << draft.error().message << "\n";
        return 1;
    }
    out << "draft " << *draft << "\n";
    out.flush();
    for (const QString& spec : args.mid(3)) {
        const auto field = captureFieldFromKey(spec.section(QLatin1Char('='), 0, 0));
        const QString value = spec.section(QLatin1Char('='), 1);
        if (!field) {
            err << "unknown field in " << spec << "\n";
            return 2;
        }
        for (qsizetype n = 1; n <= value.size(); ++n) {
            if (auto st = session.setField(*draft, *field, value.left(n)); !st) {
                err << st.error().message << "\n";
                return 1;
            }
            out << "typed " << captureFieldKey(*field) << " " << n << "\n";
            out.flush();
            QThread::msleep(2);
        }
    }
    out << "done\n";
    out.flush();
    // Stay open like a window would, until killed.
    QThread::sleep(60);
    return 0;
}
