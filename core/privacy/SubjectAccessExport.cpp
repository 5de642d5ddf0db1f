#include "SubjectAccessExport.h"

#include "util/DateParsing.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccess)
};

QJsonValue jsonValue(const QVariant& v) {
    if (v.isNull())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return double(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}
} // namespace

Result<QJsonObject> SubjectAccessExport::json(Id personId) const {
    auto record = m_ws.records().snapshot(personId);
    if (!record)
        return record.error();
    QJsonObject tables;
    for (const TableRows& t : record->tables) {
        QJsonArray rows;
        for (const QVariantList& values : t.rows) {
            QJsonObject row;
            for (int c = 0; c < t.columns.size(); ++c)
                row.insert(t.columns.at(c), jsonValue(values.at(c)));
            rows.append(row);
        }
        tables.insert(t.table, rows);
    }
    // Readable context for the ids above: what the person took part in.
    QJsonArray conversations;
    auto convs = m_ws.conversations().forPerson(personId);
    if (!convs)
        return convs.error();
    for (const PersonConversation& c : *convs)
        conversations.append(QJsonObject{{QStringLiteral("id"), c.conversationId},
                                         {QStringLiteral("title"), c.title},
                                         {QStringLiteral("url"), c.url.toString()},
                                         {QStringLiteral("role"), participantRoleKey(c.role)}});
    QJsonArray events;
    auto evs = m_ws.events().forPerson(personId);
    if (!evs)
        return evs.error();
    for (const EventRow& e : *evs)
        events.append(QJsonObject{{QStringLiteral("id"), e.id},
                                  {QStringLiteral("name"), e.name},
                                  {QStringLiteral("starts_on"), e.startsOn.toString(Qt::ISODate)}});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("chorus-subject-access")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("exported_at"), isoUtc(m_ws.clock().now())},
                       {QStringLiteral("person_id"), personId},
                       {QStringLiteral("rows"), tables},
                       {QStringLiteral("conversations"), conversations},
                       {QStringLiteral("events"), events}};
}

Result<QByteArray> SubjectAccessExport::html(Id personId) const {
    auto person = m_ws.people().get(personId);
    if (!person)
        return person.error();
    auto touchpoints = m_ws.touchpoints().forPerson(personId);
    auto notes = m_ws.notes().forSubject(NoteSubject::Person, personId);
    auto followUps = m_ws.followUps().forPerson(personId);
    auto ties = m_ws.ties().forPerson(personId);
    auto convs = m_ws.conversations().forPerson(personId);
    auto evs = m_ws.events().forPerson(personId);
    for (const Error* e : {touchpoints ? nullptr : &touchpoints.error(), notes ? nullptr : &notes.error(),
                           followUps ? nullptr : &followUps.error(), ties ? nullptr : &ties.error(),
                           convs ? nullptr : &convs.error(), evs ? nullptr : &evs.error()}) {
        if (e)
            return *e;
    }
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">"
                        "<title>%1</title><style>body{font-family:sans-serif;max-width:50em;margin:2em auto;}"
                        "table{border-collapse:collapse;width:100%}td,th{border:1px solid "
                        "#ccc;padding:4px;text-align:left;"
                        "vertical-align:top}</style></head><body>\n")
             .arg(esc(Tr::tr("Everything Chorus holds about %1").arg(person->name)));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(person->name));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(Tr::tr("Exported %1. Organisation: %2. Role: %3. Location: %4. Stance: %5.")
                          .arg(isoUtc(m_ws.clock().now()), person->organisation, person->role,
                               person->location, stanceLabel(person->stance))));
    const auto section = [&](const QString& title, const QStringList& headers,
                             const QList<QStringList>& rows) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(title));
        if (rows.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("None.")));
            return;
        }
        h += QStringLiteral("<table><tr>");
        for (const QString& head : headers)
            h += QStringLiteral("<th>%1</th>").arg(esc(head));
        h += QStringLiteral("</tr>\n");
        for (const QStringList& row : rows) {
            h += QStringLiteral("<tr>");
            for (const QString& cell : row)
                h += QStringLiteral("<td>%1</td>").arg(esc(cell));
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    };
    QList<QStringList> rows;
    for (const Identity& i : person->identities)
        rows << QStringList{platformLabel(i.platform), i.handle, i.url};
    section(Tr::tr("Identities"), {Tr::tr("Platform"), Tr::tr("Handle"), Tr::tr("Link")}, rows);
    rows.clear();
    for (const PersonTopic& t : person->topics)
        rows << QStringList{t.name, QString::number(t.weight, 'f', 2)};
    section(Tr::tr("Topics"), {Tr::tr("Topic"), Tr::tr("Weight")}, rows);
    rows.clear();
    for (const Touchpoint& t : *touchpoints)
        rows << QStringList{isoUtc(t.at), touchpointKindLabel(t.kind), t.note};
    section(Tr::tr("Touchpoints"), {Tr::tr("When"), Tr::tr("What"), Tr::tr("Note")}, rows);
    rows.clear();
    for (const Note& n : *notes)
        rows << QStringList{isoUtc(n.createdAt), n.body};
    section(Tr::tr("Notes"), {Tr::tr("When"), Tr::tr("Note")}, rows);
    rows.clear();
    for (const FollowUp& f : *followUps)
        rows << QStringList{f.dueOn.toString(Qt::ISODate), f.title,
                            f.isOpen() ? Tr::tr("open") : Tr::tr("done")};
    section(Tr::tr("Follow-ups"), {Tr::tr("Due"), Tr::tr("What"), Tr::tr("State")}, rows);
    rows.clear();
    for (const TieView& t : *ties)
        rows << QStringList{t.otherName, tieKindLabel(t.tie.kind)};
    section(Tr::tr("Ties"), {Tr::tr("With"), Tr::tr("Kind")}, rows);
    rows.clear();
    for (const PersonConversation& c : *convs)
        rows << QStringList{c.title, participantRoleLabel(c.role), c.url.toString()};
    section(Tr::tr("Conversations"), {Tr::tr("Title"), Tr::tr("Role"), Tr::tr("Link")}, rows);
    rows.clear();
    for (const EventRow& e : *evs)
        rows << QStringList{e.name, e.startsOn.toString(Qt::ISODate)};
    section(Tr::tr("Events"), {Tr::tr("Event"), Tr::tr("Date")}, rows);
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

Status SubjectAccessExport::write(Id personId, const QString& path) const {
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)) {
        auto h = html(personId);
        if (!h)
            return h.error();
        bytes = *h;
    } else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        auto j = json(personId);
        if (!j)
            return j.error();
        bytes = QJsonDocument(*j).toJson(QJsonDocument::Indented);
    } else {
        return makeError(ErrorCode::Invalid, Tr::tr("%1: name the file .json or .html.").arg(path));
    }
    return privatefiles::writeAtomically(path, bytes);
}

} // namespace chorus
