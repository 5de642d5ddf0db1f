#include "DashboardBuilder.h"

#include "PeriodReportBuilder.h"
#include "StanceMovement.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace chorus::report {
namespace {
Error cancelled() {
    return makeError(ErrorCode::Cancelled, ReportTr::tr("The dashboard was cancelled."));
}

QString weekLabel(const QDate& d) {
    return d.toString(QStringLiteral("MM-dd"));
}
} // namespace

Result<QVector<DashboardChart>> DashboardBuilder::build(Workspace& ws, const QDate& fromDay,
                                                        const QDate& toDay, const Progress& progress) {
    if (!fromDay.isValid() || !toDay.isValid() || toDay < fromDay)
        return makeError(ErrorCode::Invalid,
                         ReportTr::tr("Dashboard: the period's end is before its start."));
    const QDateTime from = periodStart(fromDay);
    const QDateTime to = periodEnd(toDay);
    ReportRepository& repo = ws.reports();
    QVector<DashboardChart> charts;

    auto weeks = repo.weekly(from, to);
    if (!weeks)
        return weeks.error();
    {
        Chart c;
        c.title = ReportTr::tr("Touchpoints per week");
        c.valueLabel = ReportTr::tr("touchpoints");
        c.style = Chart::Style::Stacked;
        ChartSeries with{ReportTr::tr("Do with"), {}, doWithColor()},
            onto{ReportTr::tr("Do to"), {}, doToColor()};
        int w = 0, t = 0;
        for (const WeeklyTouchpoints& week : *weeks) {
            c.categories << weekLabel(week.weekStart);
            with.values << week.doWith;
            onto.values << week.doTo;
            w += week.doWith;
            t += week.doTo;
        }
        c.series = {with, onto};
        charts.push_back(
            {QStringLiteral("touchpoints"), c,
             ReportTr::tr("%1 of what you started was done with people.").arg(percent(w, w + t))});
    }
    if (!advance(progress, 20))
        return cancelled();

    auto health = repo.healthChanges(from, to, ws.settings().healthParameters());
    if (!health)
        return health.error();
    {
        Chart c;
        c.title = ReportTr::tr("Relationship health: end of the previous period and now");
        c.valueLabel = ReportTr::tr("people");
        c.categories = {QStringLiteral("1–19"), QStringLiteral("20–39"), QStringLiteral("40–59"),
                        QStringLiteral("60–79"), QStringLiteral("80–100")};
        QVector<double> before(5, 0.0), after(5, 0.0);
        int grew = 0, fell = 0;
        for (const HealthChange& h : *health) {
            if (h.atStart >= 1.0)
                before[std::clamp(int(h.atStart / 20.0), 0, 4)] += 1;
            if (h.atEnd >= 1.0)
                after[std::clamp(int(h.atEnd / 20.0), 0, 4)] += 1;
            grew += h.atEnd - h.atStart >= 5.0 ? 1 : 0;
            fell += h.atStart - h.atEnd >= 5.0 ? 1 : 0;
        }
        c.series = {{ReportTr::tr("Previous period"), before, previousColor()},
                    {ReportTr::tr("This period"), after, doWithColor()}};
        charts.push_back(
            {QStringLiteral("health"), c,
             ReportTr::tr("%1 relationships grew, %2 cooled by five points or more.").arg(grew).arg(fell)});
    }
    if (!advance(progress, 60))
        return cancelled();

    auto timeline = stanceTimeline(ws, from, to);
    if (!timeline)
        return timeline.error();
    auto changes = ws.stanceHistory().changes(from, to);
    if (!changes)
        return changes.error();
    {
        Chart c = stanceTimelineChart(*timeline);
        c.title = ReportTr::tr("Advocates by stance over time");
        const StanceMoves moves = countMoves(*changes);
        charts.push_back({QStringLiteral("stances"), c,
                          ReportTr::tr("%1 people moved towards advocacy, %2 moved away (unknown stances not shown).")
                              .arg(moves.forward)
                              .arg(moves.backward)});
    }

    auto topics = repo.joinedTopicShare(from, to, 8);
    if (!topics)
        return topics.error();
    {
        Chart c;
        c.title = ReportTr::tr("Topics of the conversations you joined");
        c.valueLabel = ReportTr::tr("conversations");
        ChartSeries series{ReportTr::tr("Conversations"), {}, inboundColor()};
        for (const TopicShare& t : *topics) {
            c.categories << t.topic;
            series.values << t.conversations;
        }
        c.series = {series};
        charts.push_back({QStringLiteral("topics"), c, {}});
    }
    if (!advance(progress, 80))
        return cancelled();

    auto ties = repo.weeklyTies(from, to);
    if (!ties)
        return ties.error();
    {
        Chart c;
        c.title = ReportTr::tr("Introductions made and ties formed");
        c.valueLabel = ReportTr::tr("per week");
        ChartSeries intro{ReportTr::tr("Introductions"), {}, doWithColor()},
            formed{ReportTr::tr("Ties formed"), {}, inboundColor()};
        for (const WeeklyTies& w : *ties) {
            c.categories << weekLabel(w.weekStart);
            intro.values << w.introductions;
            formed.values << w.tiesFormed;
        }
        c.series = {intro, formed};
        charts.push_back({QStringLiteral("introductions"), c, {}});
    }

    auto keeping = repo.followUps(fromDay, toDay);
    if (!keeping)
        return keeping.error();
    {
        Chart c;
        c.title = ReportTr::tr("Follow-ups due in the period");
        c.valueLabel = ReportTr::tr("follow-ups");
        c.categories = {ReportTr::tr("Kept on time"), ReportTr::tr("Done late"), ReportTr::tr("Still open")};
        c.series = {{ReportTr::tr("Follow-ups"),
                     {double(keeping->keptOnTime), double(keeping->doneLate), double(keeping->stillOpen)},
                     doWithColor()}};
        charts.push_back({QStringLiteral("followups"), c,
                          ReportTr::tr("%1 kept on time.").arg(percent(keeping->keptOnTime, keeping->due))});
    }
    advance(progress, 100);
    return charts;
}

} // namespace chorus::report
