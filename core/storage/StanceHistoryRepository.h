#pragma once

#include "Database.h"
#include "model/Ids.h"
#include "model/Stance.h"

#include <QDateTime>
#include <QVector>

#include <array>
#include <optional>

namespace chorus {

/// One row of a person's stance history (migration 10): `from` is empty for the stance they were created
/// with.
struct StanceChange {
    Id personId = 0;
    QString name;
    std::optional<Stance> from;
    Stance to = Stance::Unknown;
    QDateTime at;
};

/// People by stance, indexed by int(Stance).
using StanceCounts = std::array<int, 6>;

/// Reads the stance history. Triggers write it (every insert into and stance update of `people`, in the
/// writer's transaction); the sample generator writes invented pasts through BulkWriter::stanceHistory().
class StanceHistoryRepository final {
public:
    explicit StanceHistoryRepository(Database& db)
        : m_db(db) {}

    /// One person's history, oldest first.
    Result<QVector<StanceChange>> history(Id personId) const;
    /// Changes (creations excluded) with `from <= at < to`, oldest first, of people not archived (the user
    /// excluded), with their names.
    Result<QVector<StanceChange>> changes(const QDateTime& from, const QDateTime& to) const;
    /// For each instant (ascending), how many people not archived (the user excluded) held each stance just
    /// before it. People created later are not counted.
    Result<QVector<StanceCounts>> countsBefore(const QVector<QDateTime>& instants) const;

private:
    Database& m_db;
};

} // namespace chorus
