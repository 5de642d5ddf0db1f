#include "CsvReport.h"

#include "CommunityReportBuilder.h"
#include "CsvWriter.h"
#include "PeriodReportBuilder.h"
#include "storage/Workspace.h"
#include "suggest/SuggestionEngine.h"
#include "util/DateParsing.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace chorus::report {
namespace {

Error cancelled() {
    return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));
}

struct Counts {
    int with = 0, to = 0, in = 0;
};

// The people the scope covers; a period report covers everyone not archived.
Result<QVector<Id>> scopePeople(Workspace& ws, const ReportRequest& request, CommunitySource* communities) {
    switch (request.kind) {
    case ReportKind::Person:
        if (request.personId <= 0)
            return makeError(ErrorCode::Invalid, ReportTr::tr("Person dossier: choose a person."));
        if (auto exists = ws.people().exists(request.personId); !exists || !*exists)
            return makeError(ErrorCode::NotFound,
                             ReportTr::tr("There is no person %1.").arg(request.personId));
        return QVector<Id>{request.personId};
    case ReportKind::Community: {
        auto members = CommunityReportBuilder::members(ws, request, communities);
        if (!members)
            return members.error();
        return members->people;
    }
    case ReportKind::Period:
        break;
    }
    return ws.people().queryIds({}, {PersonSortKey::Name, false}, ws.clock().now(),
                                ws.settings().healthParameters());
}

QDateTime rangeStart(const ReportRequest& r) {
    return r.from.isValid() ? periodStart(r.from) : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}
QDateTime rangeEnd(const ReportRequest& r, const QDateTime& now) {
    return r.to.isValid() ? periodEnd(r.to) : now.addSecs(1);
}

// The person's score in the support and reconnect lists (the best few thousand of each), empty when absent.
Result<std::array<QHash<Id, double>, 2>> suggestionScores(Workspace& ws) {
    std::array<QHash<Id, double>, 2> scores;
    SuggestionEngine engine(ws);
    const SuggestionKind kinds[] = {SuggestionKind::Support, SuggestionKind::Reconnect};
    for (size_t k = 0; k < 2; ++k) {
        auto list = engine.list(kinds[k], 5000);
        if (!list)
            return list.error();
        for (const Suggestion& s : *list) {
            if (!s.people.isEmpty() && !scores[k].contains(s.people.first().id))
                scores[k].insert(s.people.first().id, s.score);
        }
    }
    return scores;
}

Result<QByteArray> peopleTable(Workspace& ws, const ReportRequest& request, const QVector<Id>& ids,
                               const Progress& progress) {
    const QDateTime from = rangeStart(request);
    const QDateTime to = rangeEnd(request, ws.clock().now());
    const HealthParameters parameters = ws.settings().healthParameters();
    auto rows = ws.people().rows(ids, ws.clock().now(), parameters);
    if (!rows)
        return rows.error();
    if (!advance(progress, 30))
        return cancelled();
    auto changes = ws.reports().healthChanges(from, to, parameters);
    if (!changes)
        return changes.error();
    QHash<Id, HealthChange> health;
    health.reserve(changes->size());
    for (const HealthChange& h : *changes)
        health.insert(h.personId, h);
    if (!advance(progress, 60))
        return cancelled();
    QHash<Id, Counts> counts;
    if (auto st =
            ws.touchpoints().forEachBetween(from, to,
                                            [&](const Touchpoint& t) {
                                                Counts& c = counts[t.personId];
                                                if (t.direction == Direction::Inbound)
                                                    ++c.in;
                                                else if (touchpointKindInfo(t.kind).axis == Axis::DoWith)
                                                    ++c.with;
                                                else
                                                    ++c.to;
                                            });
        !st)
        return st.error();
    auto scores = suggestionScores(ws);
    if (!scores)
        return scores.error();
    if (!advance(progress, 80))
        return cancelled();
    // people().rows() answers in any order: keep the scope's order.
    QHash<Id, qsizetype> order;
    for (qsizetype i = 0; i < ids.size(); ++i)
        order.insert(ids[i], i);
    std::sort(rows->begin(), rows->end(),
              [&](const PersonRow& a, const PersonRow& b) { return order.value(a.id) < order.value(b.id); });

    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("organisation"),
                QStringLiteral("stance"), QStringLiteral("topics"), QStringLiteral("health_at_start"),
                QStringLiteral("health_at_end"), QStringLiteral("health_today"),
                QStringLiteral("touchpoints_in_period"), QStringLiteral("do_with"), QStringLiteral("do_to"),
                QStringLiteral("they_reached_out"), QStringLiteral("last_touchpoint"),
                QStringLiteral("open_follow_ups"), QStringLiteral("support_score"),
                QStringLiteral("reconnect_score")});
    for (const PersonRow& r : *rows) {
        const HealthChange h = health.value(r.id);
        const Counts c = counts.value(r.id);
        csv.addRow({QString::number(r.id), r.name, r.organisation, stanceKey(r.stance), r.topics,
                    number(h.atStart, 1), number(h.atEnd, 1), r.hasHealth ? number(r.health, 1) : QString(),
                    QString::number(c.with + c.to + c.in), QString::number(c.with), QString::number(c.to),
                    QString::number(c.in),
                    r.lastTouchpointAt.isValid() ? isoUtc(r.lastTouchpointAt) : QString(),
                    QString::number(r.openFollowUps),
                    (*scores)[0].contains(r.id) ? number((*scores)[0].value(r.id), 3) : QString(),
                    (*scores)[1].contains(r.id) ? number((*scores)[1].value(r.id), 3) : QString()});
    }
    return csv.bytes();
}

Result<QByteArray> touchpointTable(Workspace& ws, const ReportRequest& request, const QVector<Id>& ids,
                                   const Progress& progress) {
    QVector<Touchpoint> list;
    if (request.kind == ReportKind::Person) {
        auto all = ws.touchpoints().forPerson(request.personId);
        if (!all)
            return all.error();
        for (auto it = all->crbegin(); it != all->crend(); ++it)
            list.push_back(*it); // oldest first, like the other scopes
    } else {
        const QSet<Id> scope =
            request.kind == ReportKind::Community ? QSet<Id>(ids.begin(), ids.end()) : QSet<Id>();
        if (auto st = ws.touchpoints().forEachBetween(
                rangeStart(request), rangeEnd(request, ws.clock().now()),
                [&](const Touchpoint& t) {
                    if (request.kind != ReportKind::Community || scope.contains(t.personId))
                        list.push_back(t);
                });
            !st)
            return st.error();
    }
    if (!advance(progress, 50))
        return cancelled();
    QSet<Id> people;
    for (const Touchpoint& t : list)
        people.insert(t.personId);
    auto basics = ws.people().basics(QVector<Id>(people.begin(), people.end()));
    if (!basics)
        return basics.error();
    QHash<Id, QString> names;
    for (const Person& p : *basics)
        names.insert(p.id, p.name);
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("person_id"),
                QStringLiteral("person"), QStringLiteral("kind"), QStringLiteral("axis"),
                QStringLiteral("direction"), QStringLiteral("conversation_id"), QStringLiteral("event_id"),
                QStringLiteral("note")});
    for (const Touchpoint& t : list)
        csv.addRow({QString::number(t.id), isoUtc(t.at), QString::number(t.personId), names.value(t.personId),
                    touchpointKindKey(t.kind), axisKey(touchpointKindInfo(t.kind).axis),
                    directionKey(t.direction),
                    t.conversationId ? QString::number(t.conversationId) : QString(),
                    t.eventId ? QString::number(t.eventId) : QString(), t.note});
    return csv.bytes();
}

} // namespace

Result<QByteArray> CsvReport::build(Workspace& ws, const ReportRequest& request, const Progress& progress,
                                    CommunitySource* communities) {
    if (request.kind != ReportKind::Person &&
        (!request.from.isValid() || !request.to.isValid() || request.to < request.from))
        return makeError(ErrorCode::Invalid,
                         ReportTr::tr("Give a period whose end is not before its start."));
    auto ids = scopePeople(ws, request, communities);
    if (!ids)
        return ids.error();
    if (!advance(progress, 10))
        return cancelled();
    return request.csvTable == CsvTable::People ? peopleTable(ws, request, *ids, progress)
                                                : touchpointTable(ws, request, *ids, progress);
}

} // namespace chorus::report
