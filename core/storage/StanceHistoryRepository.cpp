#include "StanceHistoryRepository.h"

#include "Sql.h"

#include <limits>

namespace chorus {
namespace {
constexpr const char* kLivePeople = "p.archived = 0 AND p.is_self = 0";

size_t slot(const QString& key) {
    return size_t(stanceFromKey(key).value_or(Stance::Unknown));
}
} // namespace

Result<QVector<StanceChange>> StanceHistoryRepository::history(Id personId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
            SELECT s.person_id, p.name, s.old_stance, s.new_stance, s.changed_at
            FROM stance_changes s JOIN people p ON p.id = s.person_id
            WHERE s.person_id = ? ORDER BY s.changed_at, s.id)"),
                            {personId});
    if (!rows)
        return rows.error();
    QVector<StanceChange> out;
    while (rows->next()) {
        StanceChange c{rows->integer(0), rows->text(1), std::nullopt,
                       stanceFromKey(rows->text(3)).value_or(Stance::Unknown),
                       sql::fromEpoch(rows->value(4))};
        if (!rows->isNull(2))
            c.from = stanceFromKey(rows->text(2)).value_or(Stance::Unknown);
        out.push_back(c);
    }
    return out;
}

Result<QVector<StanceChange>> StanceHistoryRepository::changes(const QDateTime& from,
                                                               const QDateTime& to) const {
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
            SELECT s.person_id, p.name, s.old_stance, s.new_stance, s.changed_at
            FROM stance_changes s JOIN people p ON p.id = s.person_id
            WHERE s.changed_at >= ? AND s.changed_at < ? AND s.old_stance IS NOT NULL AND %1
            ORDER BY s.changed_at, s.id)")
                                .arg(QLatin1String(kLivePeople)),
                            {sql::epoch(from), sql::epoch(to)});
    if (!rows)
        return rows.error();
    QVector<StanceChange> out;
    while (rows->next())
        out.push_back(
            {rows->integer(0), rows->text(1), stanceFromKey(rows->text(2)).value_or(Stance::Unknown),
             stanceFromKey(rows->text(3)).value_or(Stance::Unknown), sql::fromEpoch(rows->value(4))});
    return out;
}

Result<QVector<StanceCounts>>
StanceHistoryRepository::countsBefore(const QVector<QDateTime>& instants) const {
    QVector<StanceCounts> out;
    if (instants.isEmpty())
        return out;
    // Everyone's stance just before the first instant (the latest row before it), then the rows up to the
    // last instant applied in time order: one pass over the period's changes rather than one query per
    // instant.
    StanceCounts counts{};
    auto start = sql::select(m_db,
                             QStringLiteral(R"(
            SELECT st, count(*) FROM (
                SELECT (SELECT s.new_stance FROM stance_changes s WHERE s.person_id = p.id AND s.changed_at < ?
                        ORDER BY s.changed_at DESC, s.id DESC LIMIT 1) AS st
                FROM people p WHERE %1)
            WHERE st IS NOT NULL GROUP BY st)")
                                 .arg(QLatin1String(kLivePeople)),
                             {sql::epoch(instants.first())});
    if (!start)
        return start.error();
    while (start->next())
        counts[slot(start->text(0))] += int(start->integer(1));
    auto rows = sql::select(m_db,
                            QStringLiteral(R"(
            SELECT s.changed_at, s.old_stance, s.new_stance
            FROM stance_changes s JOIN people p ON p.id = s.person_id
            WHERE s.changed_at >= ? AND s.changed_at < ? AND %1
            ORDER BY s.changed_at, s.id)")
                                .arg(QLatin1String(kLivePeople)),
                            {sql::epoch(instants.first()), sql::epoch(instants.last())});
    if (!rows)
        return rows.error();
    qsizetype next = 0;
    const auto closeUpTo = [&](qint64 at) {
        while (next < instants.size() && instants[next].toSecsSinceEpoch() <= at) {
            out.push_back(counts);
            ++next;
        }
    };
    while (rows->next()) {
        closeUpTo(rows->integer(0));
        if (!rows->isNull(1))
            counts[slot(rows->text(1))] -= 1;
        counts[slot(rows->text(2))] += 1;
    }
    closeUpTo(std::numeric_limits<qint64>::max());
    return out;
}

} // namespace chorus
