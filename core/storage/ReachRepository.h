#pragma once

#include "Database.h"
#include "model/ReachSample.h"

#include <QVector>

namespace chorus {

/// A person's audience size over time; the newest sample is also the person's current reach.
class ReachRepository final {
public:
    explicit ReachRepository(Database& db)
        : m_db(db) {}

    Status record(const ReachSample& sample);
    Result<QVector<ReachSample>> history(Id personId) const; ///< oldest first

private:
    Database& m_db;
};

} // namespace chorus
