#include "TouchpointRepository.h"

#include "PersonSummaryRepository.h"
#include "SettingsRepository.h"
#include "Sql.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Touchpoints)
};

const QString kColumns =
    QStringLiteral("id, person_id, kind, direction, at, conversation_id, event_id, note");

Touchpoint fromRow(const sql::Rows& r) {
    Touchpoint t;
    t.id = r.integer(0);
    t.personId = r.integer(1);
    t.kind = touchpointKindFromKey(r.text(2)).value_or(TouchpointKind::Replied);
    t.direction = directionFromKey(r.text(3)).value_or(Direction::Outbound);
    t.at = sql::fromEpoch(r.value(4));
    t.conversationId = r.integer(5);
    t.eventId = r.integer(6);
    t.note = r.text(7);
    return t;
}

Result<QVector<Touchpoint>> collect(Result<sql::Rows> rows) {
    if (!rows)
        return rows.error();
    QVector<Touchpoint> out;
    while (rows->next())
        out.push_back(fromRow(*rows));
    return out;
}

Status explainForeignKey(Status st, const Touchpoint& t) {
    if (!st && st.error().message.contains(QLatin1String("FOREIGN KEY")))
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("Touchpoint: the person (%1), conversation or event it refers to does not exist.")
                .arg(t.personId));
    return st;
}
} // namespace

Status TouchpointRepository::validate(const Touchpoint& t) const {
    if (t.personId <= 0)
        return makeError(ErrorCode::Invalid, Tr::tr("Touchpoint: choose a person."));
    if (!t.at.isValid())
        return makeError(ErrorCode::Invalid, Tr::tr("Touchpoint: the date is missing or invalid."));
    return {};
}

Status TouchpointRepository::refresh(const QVector<Id>& personIds) {
    return m_summaries.refresh(personIds, m_settings.healthParameters());
}

Result<Id> TouchpointRepository::add(const Touchpoint& t) {
    if (auto st = validate(t); !st)
        return st.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO touchpoints (person_id, kind, direction, at, conversation_id, event_id, note)
        VALUES (?, ?, ?, ?, ?, ?, ?))"),
                          {t.personId, touchpointKindKey(t.kind), directionKey(t.direction), sql::epoch(t.at),
                           sql::optionalId(t.conversationId), sql::optionalId(t.eventId), sql::text(t.note)});
    if (!id)
        return explainForeignKey(id.error(), t).error();
    if (auto st = refresh({t.personId}); !st)
        return st.error();
    m_db.announce({Entity::Touchpoint, ChangeKind::Inserted, {*id}});
    m_db.announce({Entity::Person, ChangeKind::Updated, {t.personId}});
    if (auto st = tx.commit(); !st)
        return st.error();
    return *id;
}

Status TouchpointRepository::update(const Touchpoint& t) {
    if (auto st = validate(t); !st)
        return st;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto before = get(t.id);
    if (!before)
        return before.error();
    auto st =
        sql::exec(m_db, QStringLiteral(R"(
        UPDATE touchpoints SET person_id = ?, kind = ?, direction = ?, at = ?, conversation_id = ?, event_id = ?,
                               note = ?
        WHERE id = ?)"),
                  {t.personId, touchpointKindKey(t.kind), directionKey(t.direction), sql::epoch(t.at),
                   sql::optionalId(t.conversationId), sql::optionalId(t.eventId), sql::text(t.note), t.id});
    if (!st)
        return explainForeignKey(st, t);
    QVector<Id> people{t.personId};
    if (before->personId != t.personId)
        people << before->personId;
    if (auto s = refresh(people); !s)
        return s;
    m_db.announce({Entity::Touchpoint, ChangeKind::Updated, {t.id}});
    m_db.announce({Entity::Person, ChangeKind::Updated, people});
    return tx.commit();
}

Status TouchpointRepository::remove(Id id) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto before = get(id);
    if (!before)
        return before.error();
    if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM touchpoints WHERE id = ?"), {id}); !st)
        return st;
    if (auto st = refresh({before->personId}); !st)
        return st;
    m_db.announce({Entity::Touchpoint, ChangeKind::Removed, {id}});
    m_db.announce({Entity::Person, ChangeKind::Updated, {before->personId}});
    return tx.commit();
}

Result<Touchpoint> TouchpointRepository::get(Id id) const {
    auto rows =
        sql::select(m_db, QStringLiteral("SELECT %1 FROM touchpoints WHERE id = ?").arg(kColumns), {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No touchpoint with id %1.").arg(id));
    return fromRow(*rows);
}

Result<QVector<Touchpoint>> TouchpointRepository::forPerson(Id personId) const {
    return collect(
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM touchpoints WHERE person_id = ? ORDER BY at DESC, id DESC")
                        .arg(kColumns),
                    {personId}));
}

Result<QVector<Touchpoint>> TouchpointRepository::forEvent(Id eventId) const {
    return collect(
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM touchpoints WHERE event_id = ? ORDER BY at DESC, id DESC")
                        .arg(kColumns),
                    {eventId}));
}

Result<QVector<Touchpoint>> TouchpointRepository::forConversation(Id conversationId) const {
    return collect(sql::select(
        m_db,
        QStringLiteral("SELECT %1 FROM touchpoints WHERE conversation_id = ? ORDER BY at DESC, id DESC")
            .arg(kColumns),
        {conversationId}));
}

Result<int> TouchpointRepository::count() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM touchpoints"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<AxisBalance> TouchpointRepository::balance(const QDateTime& from, const QDateTime& to) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT k.axis, count(*) FROM touchpoints t JOIN touchpoint_kinds k ON k.key = t.kind
        WHERE t.at >= ? AND t.at < ? AND t.direction = 'out' GROUP BY k.axis)"),
                            {sql::epoch(from), sql::epoch(to)});
    if (!rows)
        return rows.error();
    AxisBalance b;
    while (rows->next()) {
        if (rows->text(0) == QLatin1String("with"))
            b.doWith = static_cast<int>(rows->integer(1));
        else
            b.doTo = static_cast<int>(rows->integer(1));
    }
    return b;
}

Status TouchpointRepository::forEachBetween(const QDateTime& from, const QDateTime& to,
                                            const std::function<void(const Touchpoint&)>& visit) const {
    auto rows = sql::select(
        m_db,
        QStringLiteral("SELECT %1 FROM touchpoints WHERE at >= ? AND at < ? ORDER BY at, id").arg(kColumns),
        {sql::epoch(from), sql::epoch(to)});
    if (!rows)
        return rows.error();
    while (rows->next())
        visit(fromRow(*rows));
    return {};
}

} // namespace chorus
