#pragma once

#include "Database.h"
#include "model/Tie.h"
#include "util/Clock.h"

#include <QVector>

namespace chorus {

/// A tie seen from one of its two people.
struct TieView {
    Tie tie;
    Id otherId = 0;
    QString otherName;
};

/// Relationships between people. A pair has at most one tie; adding again keeps the stronger strength.
class TieRepository final {
public:
    TieRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<Id> add(Tie tie);
    Status update(const Tie& tie);
    Status remove(Id tieId);
    Result<std::optional<Tie>> between(Id a, Id b) const;
    Result<QVector<TieView>> forPerson(Id personId) const;
    Result<int> count() const;
    /// Every tie, for graph building. Calls `visit` row by row so 500,000 ties need no big copy.
    Status forEach(const std::function<void(const Tie&)>& visit) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus
