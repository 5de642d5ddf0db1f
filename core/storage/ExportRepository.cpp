#include "ExportRepository.h"

#include "Sql.h"

namespace chorus {

Result<QVector<Person>> ExportRepository::people() const {
    QVector<Person> out;
    QHash<Id, qsizetype> index;
    {
        auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT id, name, organisation, role, location, stance, reach, archived, created_at, updated_at
            FROM people WHERE is_self = 0 ORDER BY id)"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            Person p;
            p.id = rows->integer(0);
            p.name = rows->text(1);
            p.organisation = rows->text(2);
            p.role = rows->text(3);
            p.location = rows->text(4);
            p.stance = stanceFromKey(rows->text(5)).value_or(Stance::Unknown);
            if (!rows->isNull(6))
                p.reach = rows->integer(6);
            p.archived = rows->integer(7) != 0;
            p.createdAt = sql::fromEpoch(rows->value(8));
            p.updatedAt = sql::fromEpoch(rows->value(9));
            index.insert(p.id, out.size());
            out.push_back(std::move(p));
        }
    }
    {
        auto rows =
            sql::select(m_db, QStringLiteral("SELECT id, person_id, platform, handle, url FROM identities "
                                             "ORDER BY person_id, platform, id"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const auto it = index.constFind(rows->integer(1));
            if (it != index.cend())
                out[*it].identities.push_back(
                    {rows->integer(0), rows->integer(1), rows->text(2), rows->text(3), rows->text(4)});
        }
    }
    {
        auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT pt.person_id, t.id, t.name, pt.weight FROM person_topics pt JOIN topics t ON t.id = pt.topic_id
            ORDER BY pt.person_id, t.name COLLATE NOCASE)"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const auto it = index.constFind(rows->integer(0));
            if (it != index.cend())
                out[*it].topics.push_back({rows->integer(1), rows->text(2), rows->real(3)});
        }
    }
    {
        auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT pt.person_id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
            ORDER BY pt.person_id, t.name COLLATE NOCASE)"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const auto it = index.constFind(rows->integer(0));
            if (it != index.cend())
                out[*it].tags << rows->text(1);
        }
    }
    return out;
}

Result<QHash<Id, QStringList>> ExportRepository::personNotes() const {
    auto rows = sql::select(
        m_db, QStringLiteral(
                  "SELECT person_id, body FROM notes WHERE person_id IS NOT NULL ORDER BY person_id, id"));
    if (!rows)
        return rows.error();
    QHash<Id, QStringList> out;
    while (rows->next())
        out[rows->integer(0)] << rows->text(1);
    return out;
}

Result<QVector<FollowUp>> ExportRepository::followUps() const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT f.id, f.person_id, p.name, f.title, f.due_on, f.snoozed_until, f.done_at, f.created_at,
               f.touchpoint_id
        FROM follow_ups f JOIN people p ON p.id = f.person_id ORDER BY f.due_on, f.id)"));
    if (!rows)
        return rows.error();
    QVector<FollowUp> out;
    while (rows->next()) {
        FollowUp f;
        f.id = rows->integer(0);
        f.personId = rows->integer(1);
        f.personName = rows->text(2);
        f.title = rows->text(3);
        f.dueOn = sql::fromIsoDate(rows->value(4));
        f.snoozedUntil = sql::fromIsoDate(rows->value(5));
        f.doneAt = sql::fromEpoch(rows->value(6));
        f.createdAt = sql::fromEpoch(rows->value(7));
        f.touchpointId = rows->integer(8);
        out.push_back(std::move(f));
    }
    return out;
}

Result<QVector<Event>> ExportRepository::events() const {
    QVector<Event> out;
    QHash<Id, qsizetype> index;
    {
        auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT id, name, kind, starts_on, ends_on, location, url FROM events ORDER BY starts_on, id)"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            Event e;
            e.id = rows->integer(0);
            e.name = rows->text(1);
            e.kind = eventKindFromKey(rows->text(2)).value_or(EventKind::Other);
            e.startsOn = sql::fromIsoDate(rows->value(3));
            e.endsOn = sql::fromIsoDate(rows->value(4));
            e.location = rows->text(5);
            e.url = QUrl(rows->text(6));
            index.insert(e.id, out.size());
            out.push_back(std::move(e));
        }
    }
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT a.event_id, a.person_id, p.name, a.role FROM attendance a JOIN people p ON p.id = a.person_id
        ORDER BY a.event_id, p.name COLLATE NOCASE, a.person_id)"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const auto it = index.constFind(rows->integer(0));
        if (it != index.cend())
            out[*it].attendees.push_back(
                {rows->integer(1), rows->text(2),
                 attendanceRoleFromKey(rows->text(3)).value_or(AttendanceRole::Attendee)});
    }
    return out;
}

} // namespace chorus
