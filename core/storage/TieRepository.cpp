#include "TieRepository.h"

#include "Sql.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Ties)
};

Tie tieFromRow(const sql::Rows& r) {
    Tie t;
    t.id = r.integer(0);
    t.personA = r.integer(1);
    t.personB = r.integer(2);
    t.kind = tieKindFromKey(r.text(3)).value_or(TieKind::Knows);
    t.strength = r.real(4);
    t.origin = tieOriginFromKey(r.text(5)).value_or(TieOrigin::Manual);
    t.createdAt = sql::fromEpoch(r.value(6));
    return t;
}
} // namespace

Result<Id> TieRepository::add(Tie tie) {
    if (tie.personA == tie.personB)
        return makeError(ErrorCode::Invalid, Tr::tr("A tie needs two different people."));
    if (tie.personA > tie.personB)
        std::swap(tie.personA, tie.personB);
    auto inserted = sql::exec(m_db, QStringLiteral(R"(
        INSERT INTO ties (person_a, person_b, kind, strength, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (person_a, person_b) DO UPDATE SET strength = max(strength, excluded.strength))"),
                              {tie.personA, tie.personB, tieKindKey(tie.kind),
                               std::clamp(tie.strength, 0.0, 1.0), tieOriginKey(tie.origin),
                               sql::epoch(tie.createdAt.isValid() ? tie.createdAt : m_clock.now())});
    if (!inserted)
        return inserted.error();
    // After an upsert lastInsertId is unreliable: read the pair's row back.
    auto stored = between(tie.personA, tie.personB);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(ErrorCode::Database, Tr::tr("The tie was not stored."));
    const Id tieId = (*stored)->id;
    m_db.announce({Entity::Tie, ChangeKind::Inserted, {tieId}});
    return tieId;
}

Status TieRepository::update(const Tie& tie) {
    auto st = sql::exec(
        m_db, QStringLiteral("UPDATE ties SET kind = ?, strength = ?, origin = ? WHERE id = ?"),
        {tieKindKey(tie.kind), std::clamp(tie.strength, 0.0, 1.0), tieOriginKey(tie.origin), tie.id});
    if (st)
        m_db.announce({Entity::Tie, ChangeKind::Updated, {tie.id}});
    return st;
}

Status TieRepository::remove(Id tieId) {
    auto st = sql::exec(m_db, QStringLiteral("DELETE FROM ties WHERE id = ?"), {tieId});
    if (st)
        m_db.announce({Entity::Tie, ChangeKind::Removed, {tieId}});
    return st;
}

Result<std::optional<Tie>> TieRepository::between(Id a, Id b) const {
    if (a > b)
        std::swap(a, b);
    auto rows =
        sql::select(m_db,
                    QStringLiteral("SELECT id, person_a, person_b, kind, strength, origin, created_at "
                                   "FROM ties WHERE person_a = ? AND person_b = ?"),
                    {a, b});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<Tie>();
    return std::optional<Tie>(tieFromRow(*rows));
}

Result<QVector<TieView>> TieRepository::forPerson(Id personId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT t.id, t.person_a, t.person_b, t.kind, t.strength, t.origin, t.created_at, o.id, o.name
        FROM ties t JOIN people o ON o.id = CASE WHEN t.person_a = ? THEN t.person_b ELSE t.person_a END
        WHERE t.person_a = ? OR t.person_b = ?
        ORDER BY t.strength DESC, o.name COLLATE NOCASE)"),
                            {personId, personId, personId});
    if (!rows)
        return rows.error();
    QVector<TieView> out;
    while (rows->next())
        out.push_back({tieFromRow(*rows), rows->integer(7), rows->text(8)});
    return out;
}

Result<int> TieRepository::count() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM ties"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status TieRepository::forEach(const std::function<void(const Tie&)>& visit) const {
    auto rows =
        sql::select(m_db, QStringLiteral("SELECT id, person_a, person_b, kind, strength, origin, created_at "
                                         "FROM ties ORDER BY id"));
    if (!rows)
        return rows.error();
    while (rows->next())
        visit(tieFromRow(*rows));
    return {};
}

} // namespace chorus
