#include "FollowUpRepository.h"

#include "PersonSummaryRepository.h"
#include "SettingsRepository.h"
#include "Sql.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FollowUps)
};

const QString kColumns = QStringLiteral("f.id, f.person_id, p.name, f.title, f.due_on, f.snoozed_until, "
                                        "f.done_at, f.created_at, f.touchpoint_id");

FollowUp fromRow(const sql::Rows& r) {
    FollowUp f;
    f.id = r.integer(0);
    f.personId = r.integer(1);
    f.personName = r.text(2);
    f.title = r.text(3);
    f.dueOn = sql::fromIsoDate(r.value(4));
    f.snoozedUntil = sql::fromIsoDate(r.value(5));
    f.doneAt = sql::fromEpoch(r.value(6));
    f.createdAt = sql::fromEpoch(r.value(7));
    f.touchpointId = r.integer(8);
    return f;
}

Result<QVector<FollowUp>> collect(Result<sql::Rows> rows) {
    if (!rows)
        return rows.error();
    QVector<FollowUp> out;
    while (rows->next())
        out.push_back(fromRow(*rows));
    return out;
}

// The date a follow-up is next due: a snooze moves it later, never earlier.
const QString kEffectiveDue =
    QStringLiteral("CASE WHEN f.snoozed_until > f.due_on THEN f.snoozed_until ELSE f.due_on END");
} // namespace

Result<Id> FollowUpRepository::add(const FollowUp& f) {
    if (f.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Follow-up: say what was promised."));
    if (!f.dueOn.isValid())
        return makeError(ErrorCode::Invalid, Tr::tr("Follow-up: the due date is missing or invalid."));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id =
        sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO follow_ups (person_id, title, due_on, snoozed_until, done_at, created_at, touchpoint_id)
        VALUES (?, ?, ?, ?, ?, ?, ?))"),
                    {f.personId, f.title.trimmed(), sql::isoDate(f.dueOn), sql::isoDate(f.snoozedUntil),
                     sql::epoch(f.doneAt), sql::epoch(f.createdAt.isValid() ? f.createdAt : m_clock.now()),
                     sql::optionalId(f.touchpointId)});
    if (!id) {
        if (id.error().message.contains(QLatin1String("FOREIGN KEY")))
            return makeError(ErrorCode::NotFound, Tr::tr("Follow-up: no person with id %1.").arg(f.personId));
        return id.error();
    }
    if (auto st = m_summaries.refresh({f.personId}, m_settings.healthParameters()); !st)
        return st.error();
    m_db.announce({Entity::FollowUp, ChangeKind::Inserted, {*id}});
    m_db.announce({Entity::Person, ChangeKind::Updated, {f.personId}});
    if (auto st = tx.commit(); !st)
        return st.error();
    return *id;
}

Status FollowUpRepository::update(const FollowUp& f) {
    if (f.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Follow-up: say what was promised."));
    if (!f.dueOn.isValid())
        return makeError(ErrorCode::Invalid, Tr::tr("Follow-up: the due date is missing or invalid."));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto st = sql::exec(
        m_db, QStringLiteral(R"(
        UPDATE follow_ups SET title = ?, due_on = ?, snoozed_until = ?, done_at = ? WHERE id = ?)"),
        {f.title.trimmed(), sql::isoDate(f.dueOn), sql::isoDate(f.snoozedUntil), sql::epoch(f.doneAt), f.id});
    if (!st)
        return st;
    if (auto s = touchSummary(f.id); !s)
        return s;
    return tx.commit();
}

Status FollowUpRepository::touchSummary(Id followUpId) {
    auto person =
        sql::scalar(m_db, QStringLiteral("SELECT person_id FROM follow_ups WHERE id = ?"), {followUpId});
    if (!person)
        return person.error();
    if (person->isNull())
        return makeError(ErrorCode::NotFound, Tr::tr("No follow-up with id %1.").arg(followUpId));
    const Id personId = person->toLongLong();
    if (auto st = m_summaries.refresh({personId}, m_settings.healthParameters()); !st)
        return st;
    m_db.announce({Entity::FollowUp, ChangeKind::Updated, {followUpId}});
    m_db.announce({Entity::Person, ChangeKind::Updated, {personId}});
    return {};
}

Status FollowUpRepository::setDone(Id id, const QVariant& doneAt) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st =
            sql::exec(m_db, QStringLiteral("UPDATE follow_ups SET done_at = ? WHERE id = ?"), {doneAt, id});
        !st)
        return st;
    if (auto st = touchSummary(id); !st)
        return st;
    return tx.commit();
}

Status FollowUpRepository::markDone(Id id) {
    return setDone(id, sql::epoch(m_clock.now()));
}

Status FollowUpRepository::reopen(Id id) {
    return setDone(id, QVariant());
}

Status FollowUpRepository::snooze(Id id, const QDate& until) {
    if (!until.isValid())
        return makeError(ErrorCode::Invalid, Tr::tr("Snooze: the date is invalid."));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st = sql::exec(m_db, QStringLiteral("UPDATE follow_ups SET snoozed_until = ? WHERE id = ?"),
                            {sql::isoDate(until), id});
        !st)
        return st;
    if (auto st = touchSummary(id); !st)
        return st;
    return tx.commit();
}

Status FollowUpRepository::remove(Id id) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto person = sql::scalar(m_db, QStringLiteral("SELECT person_id FROM follow_ups WHERE id = ?"), {id});
    if (!person)
        return person.error();
    if (person->isNull())
        return makeError(ErrorCode::NotFound, Tr::tr("No follow-up with id %1.").arg(id));
    if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM follow_ups WHERE id = ?"), {id}); !st)
        return st;
    if (auto st = m_summaries.refresh({person->toLongLong()}, m_settings.healthParameters()); !st)
        return st;
    m_db.announce({Entity::FollowUp, ChangeKind::Removed, {id}});
    return tx.commit();
}

Result<FollowUp> FollowUpRepository::get(Id id) const {
    auto rows = sql::select(
        m_db,
        QStringLiteral("SELECT %1 FROM follow_ups f JOIN people p ON p.id = f.person_id WHERE f.id = ?")
            .arg(kColumns),
        {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No follow-up with id %1.").arg(id));
    return fromRow(*rows);
}

Result<QVector<FollowUp>> FollowUpRepository::open(int limit) const {
    return collect(
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM follow_ups f JOIN people p ON p.id = f.person_id "
                                   "WHERE f.done_at IS NULL ORDER BY %2, f.due_on, f.id LIMIT ?")
                        .arg(kColumns, kEffectiveDue),
                    {limit}));
}

Result<QVector<FollowUp>> FollowUpRepository::dueBy(const QDate& date) const {
    return collect(
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM follow_ups f JOIN people p ON p.id = f.person_id "
                                   "WHERE f.done_at IS NULL AND %2 <= ? ORDER BY %2, f.id")
                        .arg(kColumns, kEffectiveDue),
                    {sql::isoDate(date)}));
}

Result<QVector<FollowUp>> FollowUpRepository::forPerson(Id personId) const {
    return collect(
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM follow_ups f JOIN people p ON p.id = f.person_id "
                                   "WHERE f.person_id = ? ORDER BY f.due_on DESC, f.id DESC")
                        .arg(kColumns),
                    {personId}));
}

Result<int> FollowUpRepository::countOpen() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM follow_ups WHERE done_at IS NULL"));
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace chorus
