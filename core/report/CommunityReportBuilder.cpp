#include "CommunityReportBuilder.h"

#include "PeriodReportBuilder.h"
#include "storage/Workspace.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace chorus::report {

Result<CommunityMembers> CommunityReportBuilder::members(Workspace& ws, const ReportRequest& request,
                                                         CommunitySource* communities) {
    if (request.communityId > 0) {
        if (!communities)
            return makeError(
                ErrorCode::NotFound,
                ReportTr::tr("Community report: communities come from the relationship map, which is not "
                             "available here; report on a topic instead."));
        return communities->community(request.communityId);
    }
    if (request.topicId <= 0)
        return makeError(ErrorCode::Invalid,
                         ReportTr::tr("Community report: choose a community or a topic."));
    auto topic = ws.topics().get(request.topicId);
    if (!topic)
        return topic.error();
    PersonFilter filter;
    filter.topicId = request.topicId;
    auto ids = ws.people().queryIds(filter, {PersonSortKey::Health, true}, ws.clock().now(),
                                    ws.settings().healthParameters());
    if (!ids)
        return ids.error();
    return CommunityMembers{topic->name, *ids};
}

Result<ReportDocument> CommunityReportBuilder::build(Workspace& ws, const ReportRequest& request,
                                                     const Progress& progress, CommunitySource* communities) {
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return makeError(ErrorCode::Invalid,
                         ReportTr::tr("Community report: give a period whose end is not before its start."));
    auto community = members(ws, request, communities);
    if (!community)
        return community.error();
    const QDateTime now = ws.clock().now();
    auto rows = ws.people().rows(community->people, now, ws.settings().healthParameters());
    if (!rows)
        return rows.error();
    std::sort(rows->begin(), rows->end(), [](const PersonRow& a, const PersonRow& b) {
        return a.health != b.health ? a.health > b.health : a.id < b.id;
    });
    if (!advance(progress, 30))
        return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));

    // The user's touchpoints with members in the period.
    const QSet<Id> memberSet(community->people.begin(), community->people.end());
    int with = 0, to = 0, in = 0;
    QSet<Id> touched;
    if (auto st =
            ws.touchpoints().forEachBetween(periodStart(request.from), periodEnd(request.to),
                                            [&](const Touchpoint& t) {
                                                if (!memberSet.contains(t.personId))
                                                    return;
                                                touched.insert(t.personId);
                                                if (t.direction == Direction::Inbound)
                                                    ++in;
                                                else if (touchpointKindInfo(t.kind).axis == Axis::DoWith)
                                                    ++with;
                                                else
                                                    ++to;
                                            });
        !st)
        return st.error();
    if (!advance(progress, 60))
        return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));

    ReportDocument doc;
    doc.title = community->name;
    doc.subtitle = ReportTr::tr("Community report, %1").arg(periodText(request.from, request.to));
    doc.generatedAt = now;
    doc.workspace = QFileInfo(ws.path()).fileName();

    int aligned = 0;
    double healthSum = 0.0;
    for (const PersonRow& r : *rows) {
        aligned += isAligned(r.stance) ? 1 : 0;
        healthSum += r.health;
    }
    if (request.wants(QStringLiteral("summary"))) {
        Section s{QStringLiteral("summary"), ReportTr::tr("Summary"), {}};
        KeyFigures f;
        f.figures.push_back({ReportTr::tr("Members"), QString::number(rows->size()), {}});
        f.figures.push_back(
            {ReportTr::tr("Aligned members"), QString::number(aligned), percent(aligned, int(rows->size()))});
        f.figures.push_back({ReportTr::tr("Average health today"),
                             rows->isEmpty() ? QStringLiteral("–") : number(healthSum / rows->size()),
                             {}});
        f.figures.push_back({ReportTr::tr("Members you were in touch with"), QString::number(touched.size()),
                             percent(int(touched.size()), int(rows->size()))});
        s.blocks.push_back(f);
        doc.sections.push_back(s);
    }
    if (request.wants(QStringLiteral("balance"))) {
        Section s{QStringLiteral("balance"), ReportTr::tr("Do with, not to"), {}};
        KeyFigures f;
        f.figures.push_back(
            {ReportTr::tr("Done with members"), QString::number(with), percent(with, with + to)});
        f.figures.push_back({ReportTr::tr("Done to members"), QString::number(to), percent(to, with + to)});
        f.figures.push_back({ReportTr::tr("Members reached out"), QString::number(in), {}});
        s.blocks.push_back(f);
        doc.sections.push_back(s);
    }
    if (request.wants(QStringLiteral("members"))) {
        Section s{QStringLiteral("members"), ReportTr::tr("Members"), {}};
        Table t;
        t.headers = {ReportTr::tr("Person"), ReportTr::tr("Organisation"), ReportTr::tr("Stance"),
                     ReportTr::tr("Health"), ReportTr::tr("Last touchpoint")};
        t.numeric = {false, false, false, true, false};
        t.emptyText = ReportTr::tr("Nobody yet.");
        for (qsizetype i = 0; i < rows->size() && i < kMemberRows; ++i) {
            const PersonRow& r = rows->at(i);
            t.rows.push_back({r.name, r.organisation, stanceLabel(r.stance),
                              r.hasHealth ? number(r.health) : QString(), day(r.lastTouchpointAt)});
        }
        s.blocks.push_back(t);
        if (rows->size() > kMemberRows)
            s.blocks.push_back(Paragraph{ReportTr::tr("…and %1 more; the CSV export lists everyone.")
                                             .arg(rows->size() - kMemberRows)});
        doc.sections.push_back(s);
    }
    if (request.wants(QStringLiteral("conversations")) && request.topicId > 0) {
        ConversationFilter filter;
        filter.topicId = request.topicId;
        auto list = ws.conversations().list(filter, request.topN);
        if (!list)
            return list.error();
        Section s{QStringLiteral("conversations"), ReportTr::tr("Conversations"), {}};
        Table t;
        t.headers = {ReportTr::tr("Conversation"), ReportTr::tr("Platform"), ReportTr::tr("Status"),
                     ReportTr::tr("People"), ReportTr::tr("Last activity")};
        t.numeric = {false, false, false, true, false};
        t.emptyText = ReportTr::tr("No conversations about this topic.");
        for (const ConversationRow& c : *list)
            t.rows.push_back({c.title, c.platform, conversationStatusLabel(c.status),
                              QString::number(c.participants), day(c.lastActivityAt)});
        s.blocks.push_back(t);
        doc.sections.push_back(s);
    }
    if (!advance(progress, 80))
        return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));
    return doc;
}

} // namespace chorus::report
