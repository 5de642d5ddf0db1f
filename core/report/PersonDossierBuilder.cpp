#include "PersonDossierBuilder.h"

#include "model/Event.h"
#include "model/Tie.h"
#include "storage/Workspace.h"

#include <QFileInfo>
#include <QMap>

namespace chorus::report {
namespace {

Section profile(const Person& p) {
    Section s{QStringLiteral("profile"), ReportTr::tr("Profile"), {}};
    KeyFigures f;
    f.figures.push_back({ReportTr::tr("Organisation"), p.organisation, {}});
    f.figures.push_back({ReportTr::tr("Role"), p.role, {}});
    f.figures.push_back({ReportTr::tr("Location"), p.location, {}});
    f.figures.push_back({ReportTr::tr("Stance"), stanceLabel(p.stance), {}});
    if (p.reach)
        f.figures.push_back({ReportTr::tr("Reach"), QString::number(*p.reach), {}});
    QStringList topics;
    for (const PersonTopic& t : p.topics)
        topics << t.name;
    f.figures.push_back({ReportTr::tr("Topics"), topics.join(QStringLiteral(", ")), {}});
    if (!p.tags.isEmpty())
        f.figures.push_back({ReportTr::tr("Tags"), p.tags.join(QStringLiteral(", ")), {}});
    f.figures.push_back({ReportTr::tr("In Chorus since"), day(p.createdAt), {}});
    s.blocks.push_back(f);
    Table ids;
    ids.caption = ReportTr::tr("Where to find them");
    ids.headers = {ReportTr::tr("Platform"), ReportTr::tr("Handle"), ReportTr::tr("Link")};
    ids.emptyText = ReportTr::tr("No handles recorded.");
    for (const Identity& i : p.identities)
        ids.rows.push_back({platformLabel(i.platform), i.handle, i.url});
    s.blocks.push_back(ids);
    return s;
}

Section health(const PersonRow& row, const QVector<Touchpoint>& touchpoints) {
    Section s{QStringLiteral("health"), ReportTr::tr("Relationship"), {}};
    int with = 0, to = 0, in = 0;
    QMap<QString, std::array<double, 3>> months; // "2026-11" → with, to, inbound
    for (const Touchpoint& t : touchpoints) {
        auto& m = months[t.at.toUTC().toString(QStringLiteral("yyyy-MM"))];
        if (t.direction == Direction::Inbound) {
            ++in;
            m[2] += 1;
        } else if (touchpointKindInfo(t.kind).axis == Axis::DoWith) {
            ++with;
            m[0] += 1;
        } else {
            ++to;
            m[1] += 1;
        }
    }
    KeyFigures f;
    f.figures.push_back({ReportTr::tr("Health today"),
                         row.hasHealth ? number(row.health) : ReportTr::tr("no touchpoints yet"),
                         {}});
    f.figures.push_back({ReportTr::tr("Touchpoints"), QString::number(touchpoints.size()), {}});
    f.figures.push_back({ReportTr::tr("Done with them"), QString::number(with), percent(with, with + to)});
    f.figures.push_back({ReportTr::tr("Done to them"), QString::number(to), percent(to, with + to)});
    f.figures.push_back({ReportTr::tr("They reached out"), QString::number(in), {}});
    f.figures.push_back({ReportTr::tr("Last touchpoint"), day(row.lastTouchpointAt), {}});
    f.figures.push_back({ReportTr::tr("Open follow-ups"), QString::number(row.openFollowUps), {}});
    s.blocks.push_back(f);
    if (!months.isEmpty()) {
        Chart chart;
        chart.title = ReportTr::tr("Touchpoints per month");
        chart.valueLabel = ReportTr::tr("touchpoints");
        chart.style = Chart::Style::Stacked;
        ChartSeries w{ReportTr::tr("Do with"), {}, doWithColor()}, t{ReportTr::tr("Do to"), {}, doToColor()},
            i{ReportTr::tr("They reached out"), {}, inboundColor()};
        // The last two years at most keep the bars readable.
        auto it = months.size() > 24 ? std::prev(months.end(), 24) : months.begin();
        for (; it != months.end(); ++it) {
            chart.categories << it.key();
            w.values << it.value()[0];
            t.values << it.value()[1];
            i.values << it.value()[2];
        }
        chart.series = {w, t, i};
        s.blocks.push_back(chart);
    }
    return s;
}

Section touchpointTable(const QVector<Touchpoint>& touchpoints) {
    Section s{QStringLiteral("touchpoints"), ReportTr::tr("Touchpoints"), {}};
    Table t;
    t.headers = {ReportTr::tr("When"), ReportTr::tr("What"), ReportTr::tr("Axis"),
                 ReportTr::tr("Who started it"), ReportTr::tr("Note")};
    t.emptyText = ReportTr::tr("No touchpoints yet.");
    for (const Touchpoint& tp : touchpoints)
        t.rows.push_back(
            {day(tp.at), touchpointKindLabel(tp.kind), axisLabel(touchpointKindInfo(tp.kind).axis),
             tp.direction == Direction::Inbound ? ReportTr::tr("they did") : ReportTr::tr("you did"),
             tp.note});
    s.blocks.push_back(t);
    return s;
}

} // namespace

Result<ReportDocument> PersonDossierBuilder::build(Workspace& ws, const ReportRequest& request,
                                                   const Progress& progress) {
    if (request.personId <= 0)
        return makeError(ErrorCode::Invalid, ReportTr::tr("Person dossier: choose a person."));
    auto person = ws.people().get(request.personId);
    if (!person)
        return person.error();
    auto rows = ws.people().rows({request.personId}, ws.clock().now(), ws.settings().healthParameters());
    if (!rows)
        return rows.error();
    const PersonRow row = rows->isEmpty() ? PersonRow{} : rows->first();
    auto touchpoints = ws.touchpoints().forPerson(request.personId);
    if (!touchpoints)
        return touchpoints.error();
    if (!advance(progress, 30))
        return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));

    ReportDocument doc;
    doc.title = person->name;
    doc.subtitle = ReportTr::tr("Relationship dossier");
    doc.generatedAt = ws.clock().now();
    doc.workspace = QFileInfo(ws.path()).fileName();
    if (request.wants(QStringLiteral("profile")))
        doc.sections.push_back(profile(*person));
    if (request.wants(QStringLiteral("health")))
        doc.sections.push_back(health(row, *touchpoints));
    if (request.wants(QStringLiteral("touchpoints")))
        doc.sections.push_back(touchpointTable(*touchpoints));
    if (request.wants(QStringLiteral("conversations"))) {
        auto list = ws.conversations().forPerson(request.personId);
        if (!list)
            return list.error();
        Section s{QStringLiteral("conversations"), ReportTr::tr("Conversations"), {}};
        Table t;
        t.headers = {ReportTr::tr("Conversation"), ReportTr::tr("Role"), ReportTr::tr("Started"),
                     ReportTr::tr("Last activity"), ReportTr::tr("Link")};
        t.emptyText = ReportTr::tr("Not seen in any conversation.");
        for (const PersonConversation& c : *list)
            t.rows.push_back({c.title, participantRoleLabel(c.role), day(c.startedAt), day(c.lastActivityAt),
                              c.url.toString()});
        s.blocks.push_back(t);
        doc.sections.push_back(s);
    }
    if (request.wants(QStringLiteral("ties"))) {
        auto list = ws.ties().forPerson(request.personId);
        if (!list)
            return list.error();
        Section s{QStringLiteral("ties"), ReportTr::tr("Ties"), {}};
        Table t;
        t.headers = {ReportTr::tr("With"), ReportTr::tr("Kind"), ReportTr::tr("Strength"),
                     ReportTr::tr("How"), ReportTr::tr("Since")};
        t.numeric = {false, false, true, false, false};
        t.emptyText = ReportTr::tr("No ties recorded.");
        for (const TieView& v : *list)
            t.rows.push_back({v.otherName, tieKindLabel(v.tie.kind), number(v.tie.strength, 2),
                              tieOriginLabel(v.tie.origin), day(v.tie.createdAt)});
        s.blocks.push_back(t);
        doc.sections.push_back(s);
    }
    if (request.wants(QStringLiteral("events"))) {
        auto list = ws.events().forPerson(request.personId);
        if (!list)
            return list.error();
        Section s{QStringLiteral("events"), ReportTr::tr("Events"), {}};
        Table t;
        t.headers = {ReportTr::tr("Event"), ReportTr::tr("Kind"), ReportTr::tr("Date"),
                     ReportTr::tr("Place")};
        t.emptyText = ReportTr::tr("No events recorded.");
        for (const EventRow& e : *list)
            t.rows.push_back({e.name, eventKindLabel(e.kind), day(e.startsOn), e.location});
        s.blocks.push_back(t);
        doc.sections.push_back(s);
    }
    if (request.wants(QStringLiteral("followups"))) {
        auto list = ws.followUps().forPerson(request.personId);
        if (!list)
            return list.error();
        Section s{QStringLiteral("followups"), ReportTr::tr("Follow-ups"), {}};
        Table t;
        t.headers = {ReportTr::tr("Promise"), ReportTr::tr("Due"), ReportTr::tr("Done")};
        t.emptyText = ReportTr::tr("No follow-ups.");
        for (const FollowUp& f : *list)
            t.rows.push_back(
                {f.title, day(f.effectiveDue()), f.isOpen() ? ReportTr::tr("open") : day(f.doneAt)});
        s.blocks.push_back(t);
        doc.sections.push_back(s);
    }
    if (request.wants(QStringLiteral("notes"))) {
        auto list = ws.notes().forSubject(NoteSubject::Person, request.personId);
        if (!list)
            return list.error();
        Section s{QStringLiteral("notes"), ReportTr::tr("Notes"), {}};
        Table t;
        t.headers = {ReportTr::tr("Written"), ReportTr::tr("Note")};
        t.emptyText = ReportTr::tr("No notes.");
        for (const Note& n : *list)
            t.rows.push_back({day(n.createdAt), n.body});
        s.blocks.push_back(t);
        doc.sections.push_back(s);
    }
    if (!advance(progress, 80))
        return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));
    return doc;
}

} // namespace chorus::report
