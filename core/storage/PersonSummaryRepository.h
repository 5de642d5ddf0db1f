#pragma once

#include "Database.h"
#include "model/Ids.h"
#include "model/RelationshipHealth.h"

#include <QVector>

namespace chorus {

/// Keeps the derived columns of people (touchpoint count, last touchpoints, stored health log, open follow-ups)
/// in step with
/// the touchpoints and follow-ups. Every repository that changes those calls refresh() inside its
/// transaction.
class PersonSummaryRepository final {
public:
    explicit PersonSummaryRepository(Database& db)
        : m_db(db) {}

    Status refresh(const QVector<Id>& personIds, const HealthParameters& parameters);
    /// Recompute every person (after a bulk load, or when the half-life or kind weights change).
    Status refreshAll(const HealthParameters& parameters);

private:
    Status run(const QString& whereClause, const QVariantList& params, const HealthParameters& parameters);
    Database& m_db;
};

} // namespace chorus
