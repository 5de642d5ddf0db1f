// Prints what one keystroke costs in the capture windows on an existing workspace: storing the field
// (CaptureSession::setField commits), the quick log's completion query and the event capture's match list.
// usage: bench_capture WORKSPACE   (writes and removes one draft; see docs/PERFORMANCE.md)
#include "capture/CaptureSession.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace chorus;

namespace {

QString figures(QVector<double> samples) {
    std::sort(samples.begin(), samples.end());
    const double median = samples.at(samples.size() / 2);
    const double p95 = samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100));
    return QStringLiteral("median %1 ms, p95 %2 ms (%3 keystrokes)")
        .arg(median, 0, 'f', 2)
        .arg(p95, 0, 'f', 2)
        .arg(samples.size());
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_capture WORKSPACE\n";
        return 2;
    }
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]), Workspace::Options{});
    if (!ws) {
        QTextStream(stderr) << ws.error().message << "\n";
        return 1;
    }
    Workspace& w = **ws;
    // 20 names spread over the workspace, typed letter by letter.
    const auto ids = w.people().queryIds({}, {}, w.clock().now(), {}).valueOr({});
    QVector<Id> picked;
    for (int i = 0; i < 20 && !ids.isEmpty(); ++i)
        picked << ids.at((ids.size() - 1) * i / 19);
    const auto people = w.people().basics(picked).valueOr({});
    CaptureSession session(w, 0);
    const auto draft = session.newDraft();
    if (!draft) {
        QTextStream(stderr) << draft.error().message << "\n";
        return 1;
    }
    QVector<double> store, complete, matches;
    QElapsedTimer timer;
    for (const Person& p : people) {
        for (int n = 1; n <= p.name.size(); ++n) {
            const QString typed = p.name.left(n);
            timer.start();
            (void)session.setField(*draft, CaptureField::Name, typed);
            store << timer.nsecsElapsed() / 1e6;
            timer.start();
            (void)w.people().complete(typed, 8);
            complete << timer.nsecsElapsed() / 1e6;
            timer.start();
            (void)session.matches(*draft, 5);
            matches << timer.nsecsElapsed() / 1e6;
        }
    }
    (void)session.discard(*draft);
    out << "people in workspace: " << ids.size() << "\n";
    out << "store the field as typed (one commit): " << figures(store) << "\n";
    out << "quick log completion over names and handles: " << figures(complete) << "\n";
    out << "event capture likely matches: " << figures(matches) << "\n";
    return 0;
}
