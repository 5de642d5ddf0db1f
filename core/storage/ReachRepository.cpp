#include "ReachRepository.h"

#include "Sql.h"

#include <QCoreApplication>

namespace chorus {

Status ReachRepository::record(const ReachSample& s) {
    if (s.reach < 0 || !s.on.isValid())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "Reach", "Reach: a date and a non-negative audience size are needed."));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st = sql::exec(m_db, QStringLiteral(R"(
            INSERT INTO reach_history (person_id, measured_on, reach) VALUES (?, ?, ?)
            ON CONFLICT (person_id, measured_on) DO UPDATE SET reach = excluded.reach)"),
                            {s.personId, sql::isoDate(s.on), s.reach});
        !st)
        return st;
    if (auto st = sql::exec(m_db, QStringLiteral(R"(
            UPDATE people SET reach = (SELECT reach FROM reach_history WHERE person_id = ?
                                        ORDER BY measured_on DESC LIMIT 1)
            WHERE id = ?)"),
                            {s.personId, s.personId});
        !st)
        return st;
    m_db.announce({Entity::Person, ChangeKind::Updated, {s.personId}});
    return tx.commit();
}

Result<QVector<ReachSample>> ReachRepository::history(Id personId) const {
    auto rows = sql::select(m_db,
                            QStringLiteral("SELECT person_id, measured_on, reach FROM reach_history WHERE "
                                           "person_id = ? ORDER BY measured_on"),
                            {personId});
    if (!rows)
        return rows.error();
    QVector<ReachSample> out;
    while (rows->next())
        out.push_back({rows->integer(0), sql::fromIsoDate(rows->value(1)), rows->integer(2)});
    return out;
}

} // namespace chorus
