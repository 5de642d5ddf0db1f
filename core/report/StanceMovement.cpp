#include "StanceMovement.h"

#include "ReportText.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace chorus::report {
namespace {
constexpr qint64 kWeek = 7 * 86400;
constexpr int kNamesPerStep = 8;

/// Position on the ladder, least aligned first; -1 for unknown (off the ladder).
int rung(Stance s) {
    switch (s) {
    case Stance::Sceptic:
        return 0;
    case Stance::Neutral:
        return 1;
    case Stance::Supporter:
        return 2;
    case Stance::Advocate:
        return 3;
    case Stance::Champion:
        return 4;
    case Stance::Unknown:
        break;
    }
    return -1;
}

QString names(QStringList list) {
    const qsizetype more = list.size() - kNamesPerStep;
    if (more > 0) {
        list = list.mid(0, kNamesPerStep);
        return ReportTr::tr("%1 and %2 more").arg(list.join(QStringLiteral(", "))).arg(more);
    }
    return list.join(QStringLiteral(", "));
}
} // namespace

Result<StanceTimeline> stanceTimeline(Workspace& ws, const QDateTime& from, const QDateTime& to) {
    StanceTimeline t;
    const qint64 span = from.secsTo(to);
    t.monthly = span > 16 * kWeek;
    QVector<QDateTime> ends;
    if (!t.monthly) {
        for (qint64 i = 0; i * kWeek < span; ++i) {
            t.starts << from.addSecs(i * kWeek).date();
            ends << std::min(from.addSecs((i + 1) * kWeek), to);
        }
    } else {
        QDateTime start = from;
        while (start < to) {
            const QDate first = start.date();
            QDateTime next(QDate(first.year(), first.month(), 1).addMonths(1), QTime(0, 0), QTimeZone::utc());
            next = std::min(next, to);
            t.starts << first;
            ends << next;
            start = next;
        }
    }
    auto counts = ws.stanceHistory().countsBefore(ends);
    if (!counts)
        return counts.error();
    t.counts = *counts;
    return t;
}

Chart stanceTimelineChart(const StanceTimeline& timeline) {
    Chart c;
    c.title = timeline.monthly ? ReportTr::tr("People by stance at the end of each month")
                               : ReportTr::tr("People by stance at the end of each week");
    c.valueLabel = ReportTr::tr("people");
    c.style = Chart::Style::Stacked;
    for (const QDate& d : timeline.starts)
        c.categories << d.toString(timeline.monthly ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd"));
    for (Stance s :
         {Stance::Champion, Stance::Advocate, Stance::Supporter, Stance::Neutral, Stance::Sceptic}) {
        ChartSeries series{stanceLabel(s), {}, stanceColor(s)};
        for (const StanceCounts& counts : timeline.counts)
            series.values << counts[size_t(s)];
        c.series.push_back(series);
    }
    return c;
}

StanceMoves countMoves(const QVector<StanceChange>& changes) {
    StanceMoves m;
    QHash<Id, std::pair<Stance, Stance>> firstLast;
    for (const StanceChange& c : changes) {
        ++m.changes;
        auto it = firstLast.find(c.personId);
        if (it == firstLast.end())
            firstLast.insert(c.personId, {c.from.value_or(Stance::Unknown), c.to});
        else
            it->second = c.to;
    }
    for (const auto& [first, last] : std::as_const(firstLast)) {
        if (rung(first) < 0 || rung(last) < 0)
            continue;
        m.forward += rung(last) > rung(first) ? 1 : 0;
        m.backward += rung(last) < rung(first) ? 1 : 0;
    }
    return m;
}

Section stanceMovementSection(const QVector<StanceChange>& changes, const StanceTimeline& timeline,
                              int topN) {
    Section s{QStringLiteral("movement"), ReportTr::tr("Stance movement"), {}};
    const StanceMoves moves = countMoves(changes);
    KeyFigures f;
    f.figures.push_back({ReportTr::tr("Moved towards advocacy"), QString::number(moves.forward),
                         ReportTr::tr("ended the period further along sceptic → champion")});
    f.figures.push_back({ReportTr::tr("Moved away"), QString::number(moves.backward), ReportTr::tr("ended further back")});
    f.figures.push_back({ReportTr::tr("Stance changes"), QString::number(moves.changes), {}});
    s.blocks.push_back(f);
    if (!timeline.starts.isEmpty())
        s.blocks.push_back(stanceTimelineChart(timeline));

    // Each step taken (sceptic → neutral, …): forward steps first, least aligned start first.
    struct Step {
        Stance from, to;
        QStringList people;
        QSet<Id> ids;
    };
    QMap<std::pair<int, int>, Step> steps;
    for (const StanceChange& c : changes) {
        const Stance from = c.from.value_or(Stance::Unknown);
        const int direction = rung(from) < 0 || rung(c.to) < 0 ? 2 : (rung(c.to) > rung(from) ? 0 : 1);
        Step& step = steps[{direction * 100 + rung(from) * 10 + rung(c.to), int(from) * 10 + int(c.to)}];
        step.from = from;
        step.to = c.to;
        if (!step.ids.contains(c.personId)) {
            step.ids.insert(c.personId);
            step.people << c.name;
        }
    }
    Table t;
    t.caption = ReportTr::tr("Steps taken in the period");
    t.headers = {ReportTr::tr("From"), ReportTr::tr("To"), ReportTr::tr("Direction"), ReportTr::tr("People"), ReportTr::tr("Who")};
    t.numeric = {false, false, false, true, false};
    t.emptyText = ReportTr::tr("Nobody's stance changed in the period.");
    for (const Step& step : std::as_const(steps)) {
        const bool off = rung(step.from) < 0 || rung(step.to) < 0;
        t.rows.push_back({stanceLabel(step.from), stanceLabel(step.to),
                          off ? ReportTr::tr("—") : (rung(step.to) > rung(step.from) ? ReportTr::tr("forward") : ReportTr::tr("back")),
                          QString::number(step.ids.size()), names(step.people)});
    }
    s.blocks.push_back(t);

    // The people, latest change first, with where they started and ended in the period.
    QHash<Id, int> index;
    Table p;
    p.caption = ReportTr::tr("People whose stance changed");
    p.headers = {ReportTr::tr("Person"), ReportTr::tr("From"), ReportTr::tr("To"), ReportTr::tr("Last change")};
    QVector<StanceChange> net;
    for (const StanceChange& c : changes) {
        auto it = index.find(c.personId);
        if (it == index.end()) {
            index.insert(c.personId, int(net.size()));
            net.push_back(c);
        } else {
            net[*it].to = c.to;
            net[*it].at = c.at;
        }
    }
    std::stable_sort(net.begin(), net.end(),
                     [](const StanceChange& a, const StanceChange& b) { return a.at > b.at; });
    const int limit = std::max(topN, 10) * 2;
    for (int i = 0; i < std::min(int(net.size()), limit); ++i)
        p.rows.push_back({net[i].name, stanceLabel(net[i].from.value_or(Stance::Unknown)),
                          stanceLabel(net[i].to), day(net[i].at)});
    if (!net.isEmpty())
        s.blocks.push_back(p);
    if (net.size() > limit)
        s.blocks.push_back(Paragraph{ReportTr::tr("… and %1 more people.").arg(net.size() - limit)});
    return s;
}

} // namespace chorus::report
