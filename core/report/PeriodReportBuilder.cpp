#include "PeriodReportBuilder.h"

#include "GraphCommunities.h"
#include "StanceMovement.h"
#include "model/Tie.h"
#include "storage/Workspace.h"

#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

namespace chorus::report {

QDateTime periodStart(const QDate& from) {
    return QDateTime(from, QTime(0, 0), Qt::UTC);
}

QDateTime periodEnd(const QDate& to) {
    return QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC);
}

namespace {

Error cancelled() {
    return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));
}

QString changeNote(int now, int before) {
    return ReportTr::tr("%1 against the previous period").arg(signedNumber(now - before));
}

Section summary(const PeriodCounts& c, const PeriodCounts& prev) {
    Section s{QStringLiteral("summary"), ReportTr::tr("Summary"), {}};
    KeyFigures f;
    f.figures.push_back({ReportTr::tr("Touchpoints"), QString::number(c.touchpoints),
                         changeNote(c.touchpoints, prev.touchpoints)});
    f.figures.push_back({ReportTr::tr("People you were in touch with"), QString::number(c.peopleTouched),
                         changeNote(c.peopleTouched, prev.peopleTouched)});
    f.figures.push_back(
        {ReportTr::tr("New people"), QString::number(c.newPeople), changeNote(c.newPeople, prev.newPeople)});
    f.figures.push_back({ReportTr::tr("Active conversations"), QString::number(c.conversationsActive),
                         ReportTr::tr("%n joined or hosted", nullptr, c.conversationsJoined)});
    f.figures.push_back({ReportTr::tr("Introductions made"), QString::number(c.introductionsMade),
                         changeNote(c.introductionsMade, prev.introductionsMade)});
    f.figures.push_back({ReportTr::tr("Ties formed"), QString::number(c.tiesFormed),
                         changeNote(c.tiesFormed, prev.tiesFormed)});
    s.blocks.push_back(f);
    return s;
}

Section balance(const PeriodCounts& c, const PeriodCounts& prev) {
    Section s{QStringLiteral("balance"), ReportTr::tr("Do with, not to"), {}};
    const int out = c.doWith + c.doTo;
    s.blocks.push_back(Paragraph{
        out > 0
            ? ReportTr::tr(
                  "%1 of what you started was done with people (replies, help, co-creation, "
                  "introductions); %2 "
                  "was done to them (pitches, broadcasts, requests to share). The period before: %3 with.")
                  .arg(percent(c.doWith, out), percent(c.doTo, out),
                       percent(prev.doWith, prev.doWith + prev.doTo))
            : ReportTr::tr("You started no touchpoints in this period.")});
    KeyFigures f;
    f.figures.push_back(
        {ReportTr::tr("Done with people"), QString::number(c.doWith), percent(c.doWith, out)});
    f.figures.push_back({ReportTr::tr("Done to people"), QString::number(c.doTo), percent(c.doTo, out)});
    f.figures.push_back({ReportTr::tr("They reached out"), QString::number(c.inbound), {}});
    s.blocks.push_back(f);
    Chart chart;
    chart.title = ReportTr::tr("Do-with and do-to, this period and the one before");
    chart.valueLabel = ReportTr::tr("touchpoints");
    chart.style = Chart::Style::Stacked;
    chart.categories = {ReportTr::tr("Previous period"), ReportTr::tr("This period")};
    chart.series = {{ReportTr::tr("Do with"), {double(prev.doWith), double(c.doWith)}, doWithColor()},
                    {ReportTr::tr("Do to"), {double(prev.doTo), double(c.doTo)}, doToColor()}};
    s.blocks.push_back(chart);
    return s;
}

Section activity(const QVector<WeeklyTouchpoints>& weeks) {
    Section s{QStringLiteral("activity"), ReportTr::tr("Touchpoints per week"), {}};
    Chart chart;
    chart.title = ReportTr::tr("Touchpoints per week");
    chart.valueLabel = ReportTr::tr("touchpoints");
    chart.style = Chart::Style::Stacked;
    ChartSeries with{ReportTr::tr("Do with"), {}, doWithColor()};
    ChartSeries to{ReportTr::tr("Do to"), {}, doToColor()};
    ChartSeries in{ReportTr::tr("They reached out"), {}, inboundColor()};
    Table table;
    table.headers = {ReportTr::tr("Week of"), ReportTr::tr("Do with"), ReportTr::tr("Do to"),
                     ReportTr::tr("They reached out")};
    table.numeric = {false, true, true, true};
    for (const WeeklyTouchpoints& w : weeks) {
        chart.categories << w.weekStart.toString(QStringLiteral("MM-dd"));
        with.values << w.doWith;
        to.values << w.doTo;
        in.values << w.inbound;
        table.rows.push_back({day(w.weekStart), QString::number(w.doWith), QString::number(w.doTo),
                              QString::number(w.inbound)});
    }
    chart.series = {with, to, in};
    s.blocks.push_back(chart);
    s.blocks.push_back(table);
    return s;
}

Result<Section> health(Workspace& ws, const QVector<HealthChange>& changes, int topN) {
    Section s{QStringLiteral("health"), ReportTr::tr("Relationships grown and gone cold"), {}};
    static constexpr int kBuckets = 5;
    QVector<double> before(kBuckets, 0.0), after(kBuckets, 0.0);
    auto bucket = [](double h) {
        return std::clamp(int(h / 20.0), 0, kBuckets - 1);
    };
    for (const HealthChange& h : changes) {
        if (h.atStart >= 1.0)
            before[bucket(h.atStart)] += 1;
        if (h.atEnd >= 1.0)
            after[bucket(h.atEnd)] += 1;
    }
    Chart chart;
    chart.title = ReportTr::tr("Relationship health at the start and the end of the period");
    chart.valueLabel = ReportTr::tr("people");
    chart.categories = {QStringLiteral("1–19"), QStringLiteral("20–39"), QStringLiteral("40–59"),
                        QStringLiteral("60–79"), QStringLiteral("80–100")};
    chart.series = {{ReportTr::tr("At the start"), before, previousColor()},
                    {ReportTr::tr("At the end"), after, doWithColor()}};
    s.blocks.push_back(chart);

    QVector<HealthChange> grown, cold;
    for (const HealthChange& h : changes) {
        if (h.atEnd - h.atStart >= 5.0)
            grown.push_back(h);
        else if (h.atStart >= 30.0 && h.atStart - h.atEnd >= 5.0)
            cold.push_back(h);
    }
    auto byRise = [](const HealthChange& a, const HealthChange& b) {
        const double da = a.atEnd - a.atStart, db = b.atEnd - b.atStart;
        return da != db ? da > db : a.personId < b.personId;
    };
    auto top = [&](QVector<HealthChange>& list, bool rise) {
        if (rise)
            std::partial_sort(list.begin(), list.begin() + std::min<qsizetype>(topN, list.size()), list.end(),
                              byRise);
        else
            std::partial_sort(list.begin(), list.begin() + std::min<qsizetype>(topN, list.size()), list.end(),
                              [&](const HealthChange& a, const HealthChange& b) { return byRise(b, a); });
        list.resize(std::min<qsizetype>(topN, list.size()));
    };
    const qsizetype grownCount = grown.size(), coldCount = cold.size();
    top(grown, true);
    top(cold, false);
    s.blocks.push_back(
        Paragraph{ReportTr::tr("%1 relationships grew by five points or more; %2 established ones "
                               "(health 30 or more at the start) lost five points or more.")
                      .arg(grownCount)
                      .arg(coldCount)});
    for (const auto& [list, caption] :
         {std::pair{&grown, ReportTr::tr("Grown the most")}, std::pair{&cold, ReportTr::tr("Gone cold")}}) {
        QVector<Id> ids;
        for (const HealthChange& h : *list)
            ids << h.personId;
        auto people = ws.people().basics(ids);
        if (!people)
            return people.error();
        Table t;
        t.caption = caption;
        t.headers = {ReportTr::tr("Person"),          ReportTr::tr("Organisation"),  ReportTr::tr("Stance"),
                     ReportTr::tr("Health at start"), ReportTr::tr("Health at end"), ReportTr::tr("Change")};
        t.numeric = {false, false, false, true, true, true};
        t.emptyText = ReportTr::tr("Nobody.");
        QHash<Id, Person> byId;
        for (const Person& p : *people)
            byId.insert(p.id, p);
        for (const HealthChange& h : *list) {
            const Person p = byId.value(h.personId);
            if (p.id == 0)
                continue;
            t.rows.push_back({p.name, p.organisation, stanceLabel(p.stance), number(h.atStart),
                              number(h.atEnd), signedNumber(h.atEnd - h.atStart)});
        }
        s.blocks.push_back(t);
    }
    return s;
}

Section people(const QVector<PersonActivity>& activity) {
    Section s{QStringLiteral("people"), ReportTr::tr("People you spent time with"), {}};
    Table t;
    t.headers = {ReportTr::tr("Person"),  ReportTr::tr("Organisation"), ReportTr::tr("Stance"),
                 ReportTr::tr("Do with"), ReportTr::tr("Do to"),        ReportTr::tr("They reached out")};
    t.numeric = {false, false, false, true, true, true};
    t.emptyText = ReportTr::tr("No touchpoints in this period.");
    for (const PersonActivity& a : activity)
        t.rows.push_back({a.name, a.organisation, stanceLabel(a.stance), QString::number(a.doWith),
                          QString::number(a.doTo), QString::number(a.inbound)});
    s.blocks.push_back(t);
    return s;
}

Section conversations(const QVector<ConversationActivity>& list) {
    Section s{QStringLiteral("conversations"), ReportTr::tr("Top conversations"), {}};
    Table t;
    t.headers = {ReportTr::tr("Conversation"),     ReportTr::tr("Platform"),
                 ReportTr::tr("Status"),           ReportTr::tr("People"),
                 ReportTr::tr("Your touchpoints"), ReportTr::tr("Last activity")};
    t.numeric = {false, false, false, true, true, false};
    t.emptyText = ReportTr::tr("No conversation was active in this period.");
    for (const ConversationActivity& c : list)
        t.rows.push_back({c.title.isEmpty() ? c.url.toString() : c.title, c.platform,
                          conversationStatusLabel(c.status), QString::number(c.participants),
                          QString::number(c.touchpoints), day(c.lastActivityAt)});
    s.blocks.push_back(t);
    return s;
}

Section introductions(const PeriodCounts& c, const QVector<FormedTie>& ties) {
    Section s{QStringLiteral("introductions"), ReportTr::tr("Introductions and ties formed"), {}};
    KeyFigures f;
    f.figures.push_back({ReportTr::tr("Introductions made"), QString::number(c.introductionsMade), {}});
    f.figures.push_back({ReportTr::tr("Ties formed"), QString::number(c.tiesFormed), {}});
    s.blocks.push_back(f);
    Table t;
    t.headers = {ReportTr::tr("Between"), ReportTr::tr("And"), ReportTr::tr("How"), ReportTr::tr("When")};
    t.emptyText = ReportTr::tr("No new ties in this period.");
    for (const FormedTie& tie : ties) {
        const auto origin = tieOriginFromKey(tie.origin);
        const QString how = origin ? tieOriginLabel(*origin) : tie.origin;
        t.rows.push_back({tie.nameA, tie.nameB, how, day(tie.createdAt)});
    }
    s.blocks.push_back(t);
    return s;
}

Section topics(const QVector<TopicShare>& shares) {
    Section s{QStringLiteral("topics"), ReportTr::tr("Topics of the conversations you joined"), {}};
    int total = 0;
    for (const TopicShare& t : shares)
        total += t.conversations;
    Chart chart;
    chart.title = ReportTr::tr("Conversations joined or hosted, by topic");
    chart.valueLabel = ReportTr::tr("conversations");
    ChartSeries series{ReportTr::tr("Conversations"), {}, inboundColor()};
    Table t;
    t.headers = {ReportTr::tr("Topic"), ReportTr::tr("Conversations"), ReportTr::tr("Share")};
    t.numeric = {false, true, true};
    t.emptyText = ReportTr::tr("You joined no conversation with a topic in this period.");
    for (const TopicShare& share : shares) {
        chart.categories << share.topic;
        series.values << share.conversations;
        t.rows.push_back(
            {share.topic, QString::number(share.conversations), percent(share.conversations, total)});
    }
    chart.series = {series};
    if (!shares.isEmpty())
        s.blocks.push_back(chart);
    s.blocks.push_back(t);
    return s;
}

Section stances(const QVector<StanceCount>& counts) {
    Section s{QStringLiteral("stances"), ReportTr::tr("Advocates by stance"), {}};
    int total = 0;
    for (const StanceCount& c : counts)
        total += c.people;
    Chart chart;
    chart.title = ReportTr::tr("People by stance today");
    chart.valueLabel = ReportTr::tr("people");
    Table t;
    t.headers = {ReportTr::tr("Stance"), ReportTr::tr("People"), ReportTr::tr("Share")};
    t.numeric = {false, true, true};
    ChartSeries series{ReportTr::tr("People"), {}, doWithColor()};
    for (const StanceCount& c : counts) {
        chart.categories << stanceLabel(c.stance);
        series.values << c.people;
        t.rows.push_back({stanceLabel(c.stance), QString::number(c.people), percent(c.people, total)});
    }
    chart.series = {series};
    s.blocks.push_back(chart);
    s.blocks.push_back(t);
    return s;
}

Section followUps(const FollowUpKeeping& k) {
    Section s{QStringLiteral("followups"), ReportTr::tr("Follow-ups kept"), {}};
    KeyFigures f;
    f.figures.push_back({ReportTr::tr("Due in the period"), QString::number(k.due), {}});
    f.figures.push_back(
        {ReportTr::tr("Kept on time"), QString::number(k.keptOnTime), percent(k.keptOnTime, k.due)});
    f.figures.push_back({ReportTr::tr("Done late"), QString::number(k.doneLate), percent(k.doneLate, k.due)});
    f.figures.push_back(
        {ReportTr::tr("Still open"), QString::number(k.stillOpen), percent(k.stillOpen, k.due)});
    s.blocks.push_back(f);
    return s;
}

} // namespace

Result<ReportDocument> PeriodReportBuilder::build(Workspace& ws, const ReportRequest& request,
                                                  const Progress& progress) {
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return makeError(ErrorCode::Invalid,
                         ReportTr::tr("Period report: give a period whose end is not before its start."));
    const QDateTime from = periodStart(request.from);
    const QDateTime to = periodEnd(request.to);
    const QDateTime prevFrom = from.addSecs(-from.secsTo(to));
    ReportRepository& repo = ws.reports();

    ReportDocument doc;
    doc.title = ReportTr::tr("Relationship report");
    doc.subtitle = periodText(request.from, request.to);
    doc.generatedAt = ws.clock().now();
    doc.workspace = QFileInfo(ws.path()).fileName();

    auto counts = repo.counts(from, to);
    if (!counts)
        return counts.error();
    auto prev = repo.counts(prevFrom, from);
    if (!prev)
        return prev.error();
    if (!advance(progress, 10))
        return cancelled();
    if (request.wants(QStringLiteral("summary")))
        doc.sections.push_back(summary(*counts, *prev));
    if (request.wants(QStringLiteral("balance")))
        doc.sections.push_back(balance(*counts, *prev));
    if (request.wants(QStringLiteral("activity"))) {
        auto weeks = repo.weekly(from, to);
        if (!weeks)
            return weeks.error();
        doc.sections.push_back(activity(*weeks));
    }
    if (!advance(progress, 20))
        return cancelled();
    if (request.wants(QStringLiteral("health"))) {
        auto changes = repo.healthChanges(from, to, ws.settings().healthParameters());
        if (!changes)
            return changes.error();
        if (!advance(progress, 60))
            return cancelled();
        auto section = health(ws, *changes, request.topN);
        if (!section)
            return section.error();
        doc.sections.push_back(*section);
    }
    if (request.wants(QStringLiteral("people"))) {
        auto list = repo.mostTouched(from, to, request.topN);
        if (!list)
            return list.error();
        doc.sections.push_back(people(*list));
    }
    if (!advance(progress, 70))
        return cancelled();
    if (request.wants(QStringLiteral("conversations"))) {
        auto list = repo.topConversations(from, to, request.topN);
        if (!list)
            return list.error();
        doc.sections.push_back(conversations(*list));
    }
    if (request.wants(QStringLiteral("introductions"))) {
        auto ties = repo.tiesFormed(from, to, std::max(request.topN, 25));
        if (!ties)
            return ties.error();
        doc.sections.push_back(introductions(*counts, *ties));
    }
    if (request.wants(QStringLiteral("topics"))) {
        auto shares = repo.joinedTopicShare(from, to, 10);
        if (!shares)
            return shares.error();
        doc.sections.push_back(topics(*shares));
    }
    if (request.wants(QStringLiteral("stances"))) {
        auto list = repo.stances();
        if (!list)
            return list.error();
        doc.sections.push_back(stances(*list));
    }
    if (request.wants(QStringLiteral("movement"))) {
        auto changes = ws.stanceHistory().changes(from, to);
        if (!changes)
            return changes.error();
        auto timeline = stanceTimeline(ws, from, to);
        if (!timeline)
            return timeline.error();
        doc.sections.push_back(stanceMovementSection(*changes, *timeline, request.topN));
    }
    if (request.wants(QStringLiteral("followups"))) {
        auto keeping = repo.followUps(request.from, request.to);
        if (!keeping)
            return keeping.error();
        doc.sections.push_back(followUps(*keeping));
    }
    if (request.wants(QStringLiteral("map"))) {
        auto section = GraphCommunities::mapSection(ws, progress);
        if (!section)
            return section.error();
        doc.sections.push_back(*section);
    }
    if (!advance(progress, 80))
        return cancelled();
    return doc;
}

} // namespace chorus::report
