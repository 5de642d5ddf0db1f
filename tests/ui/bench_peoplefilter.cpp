// Prints how long the people table takes to open and to apply filters on an existing workspace.
// usage: bench_peoplefilter WORKSPACE   (see docs/PERFORMANCE.md)
#include "people/PeopleTableModel.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace chorus;
using namespace chorus::ui;

namespace {

double medianMs(QVector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_peoplefilter WORKSPACE\n";
        return 2;
    }
    Workspace::Options options;
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]), options);
    if (!ws) {
        QTextStream(stderr) << ws.error().message << "\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    PeopleTableModel model(**ws);
    // The first screenful the view paints.
    for (int row = 0; row < 40 && row < model.rowCount(); ++row)
        model.data(model.index(row, PeopleTableModel::Health));
    out << "open the table (ids + first page): " << timer.nsecsElapsed() / 1e6 << " ms, " << model.matchCount()
        << " people\n";

    const Id topic = (*ws)->topics().list().valueOr({}).value(0).id;
    struct Case {
        const char* name;
        PersonFilter filter;
        PersonSort sort;
    };
    QVector<Case> cases;
    cases.append({"no filter, name order", {}, {}});
    PersonFilter text;
    text.text = QStringLiteral("anna");
    cases.append({"text \"anna\"", text, {}});
    PersonFilter aligned;
    aligned.stances = {Stance::Champion, Stance::Advocate, Stance::Supporter};
    cases.append({"aligned stances", aligned, {}});
    PersonFilter byTopic;
    byTopic.topicId = topic;
    cases.append({"one topic", byTopic, {}});
    PersonFilter cold;
    cold.goingColdOnly = true;
    cases.append({"going cold", cold, {}});
    cases.append({"no filter, health order", {}, PersonSort{PersonSortKey::Health, true}});
    cases.append({"no filter, last touchpoint order", {}, PersonSort{PersonSortKey::LastTouchpoint, true}});
    PersonFilter combined = aligned;
    combined.topicId = topic;
    cases.append({"aligned + topic, health order", combined, PersonSort{PersonSortKey::Health, true}});

    out << "filter (median of 5, includes reading the first screenful):\n";
    for (const Case& c : cases) {
        QVector<double> samples;
        for (int i = 0; i < 5; ++i) {
            // Untimed: a filter that matches nobody, then the case's order.
            PersonFilter nobody;
            nobody.text = QStringLiteral("zzzzqqq");
            model.setFilter(nobody);
            model.sort(int(c.sort.key == PersonSortKey::Health           ? PeopleTableModel::Health
                           : c.sort.key == PersonSortKey::LastTouchpoint ? PeopleTableModel::LastTouchpoint
                                                                         : PeopleTableModel::Name),
                       c.sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            timer.restart();
            model.setFilter(c.filter);
            for (int row = 0; row < 40 && row < model.rowCount(); ++row)
                model.data(model.index(row, PeopleTableModel::Health));
            samples << timer.nsecsElapsed() / 1e6;
        }
        out << "  " << c.name << ": " << medianMs(samples) << " ms (" << model.matchCount() << " rows)\n";
    }
    return 0;
}
