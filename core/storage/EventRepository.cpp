#include "EventRepository.h"

#include "FtsQuery.h"
#include "Sql.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Events)
};

EventRow rowFrom(const sql::Rows& r) {
    return {r.integer(0),
            r.text(1),
            eventKindFromKey(r.text(2)).value_or(EventKind::Other),
            sql::fromIsoDate(r.value(3)),
            r.text(4),
            static_cast<int>(r.integer(5))};
}
} // namespace

Status EventRepository::validate(const Event& e) const {
    if (e.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Event: a name is needed."));
    if (e.startsOn.isValid() && e.endsOn.isValid() && e.endsOn < e.startsOn)
        return makeError(ErrorCode::Invalid, Tr::tr("Event dates: the end is before the start."));
    if (!e.url.isEmpty() && !e.url.isValid())
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Event link: \"%1\" is not a valid address.").arg(e.url.toString()));
    return {};
}

Result<Id> EventRepository::add(const Event& e) {
    if (auto st = validate(e); !st)
        return st.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO events (name, kind, starts_on, ends_on, location, url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?))"),
                          {e.name.trimmed(), eventKindKey(e.kind), sql::isoDate(e.startsOn),
                           sql::isoDate(e.endsOn), sql::text(e.location.trimmed()),
                           sql::text(e.url.toString()), sql::epoch(m_clock.now())});
    if (!id)
        return id.error();
    for (const Attendance& a : e.attendees) {
        if (auto st = addAttendee(*id, a); !st)
            return st.error();
    }
    m_db.announce({Entity::Event, ChangeKind::Inserted, {*id}});
    if (auto st = tx.commit(); !st)
        return st.error();
    return *id;
}

Status EventRepository::update(const Event& e) {
    if (auto st = validate(e); !st)
        return st;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto changed =
        sql::modify(m_db, QStringLiteral(R"(
        UPDATE events SET name = ?, kind = ?, starts_on = ?, ends_on = ?, location = ?, url = ? WHERE id = ?)"),
                    {e.name.trimmed(), eventKindKey(e.kind), sql::isoDate(e.startsOn), sql::isoDate(e.endsOn),
                     sql::text(e.location.trimmed()), sql::text(e.url.toString()), e.id});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No event with id %1.").arg(e.id));
    if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM attendance WHERE event_id = ?"), {e.id}); !st)
        return st;
    for (const Attendance& a : e.attendees) {
        if (auto st = addAttendee(e.id, a); !st)
            return st;
    }
    m_db.announce({Entity::Event, ChangeKind::Updated, {e.id}});
    return tx.commit();
}

Result<Event> EventRepository::get(Id id) const {
    Event e;
    {
        auto rows = sql::select(
            m_db,
            QStringLiteral(
                "SELECT id, name, kind, starts_on, ends_on, location, url FROM events WHERE id = ?"),
            {id});
        if (!rows)
            return rows.error();
        if (!rows->next())
            return makeError(ErrorCode::NotFound, Tr::tr("No event with id %1.").arg(id));
        e.id = rows->integer(0);
        e.name = rows->text(1);
        e.kind = eventKindFromKey(rows->text(2)).value_or(EventKind::Other);
        e.startsOn = sql::fromIsoDate(rows->value(3));
        e.endsOn = sql::fromIsoDate(rows->value(4));
        e.location = rows->text(5);
        e.url = QUrl(rows->text(6));
    }
    auto attendees = this->attendees(id);
    if (!attendees)
        return attendees.error();
    e.attendees = *attendees;
    return e;
}

Status EventRepository::remove(Id id) {
    auto removed = sql::modify(m_db, QStringLiteral("DELETE FROM events WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No event with id %1.").arg(id));
    m_db.announce({Entity::Event, ChangeKind::Removed, {id}});
    return {};
}

Result<int> EventRepository::count() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM events"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QVector<EventRow>> EventRepository::list(const QString& text, int limit, int offset,
                                                const EventSort& sort) const {
    const QString match = ftsMatchExpression(text);
    const bool filtered = !text.trimmed().isEmpty();
    if (filtered && match.isEmpty())
        return QVector<EventRow>();
    const QString where = filtered ? QStringLiteral("WHERE e.id IN (SELECT rowid >> 3 FROM search_index "
                                                    "WHERE search_index MATCH ? AND (rowid & 7) = 5)")
                                   : QString();
    QVariantList params;
    if (filtered)
        params << match;
    params << limit << offset;
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (sort.key) {
    case EventSortKey::Starts:
        break;
    case EventSortKey::Name:
        order = QStringLiteral("e.name COLLATE NOCASE") + dir + QStringLiteral(", ");
        break;
    case EventSortKey::Kind:
        order = QStringLiteral("e.kind") + dir + QStringLiteral(", ");
        break;
    case EventSortKey::Place:
        order = QStringLiteral("e.location COLLATE NOCASE") + dir + QStringLiteral(", ");
        break;
    case EventSortKey::Attendees:
        order = QStringLiteral("(SELECT count(*) FROM attendance a WHERE a.event_id = e.id)") + dir +
                QStringLiteral(", ");
        break;
    }
    const QString dateDir = sort.key == EventSortKey::Starts ? dir : QStringLiteral(" DESC");
    order += QStringLiteral("e.starts_on%1, e.id%1").arg(dateDir);
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
        SELECT e.id, e.name, e.kind, e.starts_on, e.location,
               (SELECT count(*) FROM attendance a WHERE a.event_id = e.id)
        FROM events e %1 ORDER BY %2 LIMIT ? OFFSET ?)")
                                .arg(where, order),
                            params);
    if (!rows)
        return rows.error();
    QVector<EventRow> out;
    while (rows->next())
        out.push_back(rowFrom(*rows));
    return out;
}

Status EventRepository::addAttendee(Id eventId, const Attendance& a) {
    auto st = sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO attendance (event_id, person_id, role) VALUES (?, ?, ?)
        ON CONFLICT (event_id, person_id) DO UPDATE SET role = excluded.role)"),
                        {eventId, a.personId, attendanceRoleKey(a.role)});
    if (!st && st.error().message.contains(QLatin1String("FOREIGN KEY")))
        return makeError(ErrorCode::NotFound, Tr::tr("Attendee: no person with id %1.").arg(a.personId));
    if (st)
        m_db.announce({Entity::Event, ChangeKind::Updated, {eventId}});
    return st;
}

Status EventRepository::removeAttendee(Id eventId, Id personId) {
    auto st = sql::exec(m_db, QStringLiteral("DELETE FROM attendance WHERE event_id = ? AND person_id = ?"),
                        {eventId, personId});
    if (st)
        m_db.announce({Entity::Event, ChangeKind::Updated, {eventId}});
    return st;
}

Result<QVector<Attendance>> EventRepository::attendees(Id eventId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT a.person_id, p.name, a.role FROM attendance a JOIN people p ON p.id = a.person_id
        WHERE a.event_id = ? ORDER BY p.name COLLATE NOCASE)"),
                            {eventId});
    if (!rows)
        return rows.error();
    QVector<Attendance> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->text(1),
                       attendanceRoleFromKey(rows->text(2)).value_or(AttendanceRole::Attendee)});
    return out;
}

Result<QVector<EventRow>> EventRepository::forPerson(Id personId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT e.id, e.name, e.kind, e.starts_on, e.location,
               (SELECT count(*) FROM attendance a2 WHERE a2.event_id = e.id)
        FROM attendance a JOIN events e ON e.id = a.event_id
        WHERE a.person_id = ? ORDER BY e.starts_on DESC)"),
                            {personId});
    if (!rows)
        return rows.error();
    QVector<EventRow> out;
    while (rows->next())
        out.push_back(rowFrom(*rows));
    return out;
}

} // namespace chorus
