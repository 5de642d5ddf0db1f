#pragma once

#include "Database.h"
#include "model/Ids.h"
#include "util/Clock.h"

namespace chorus {

/// Removes a person everywhere, so that nothing of them stays in the file: their row and everything that
/// references them (cascades), the posts that were only theirs, and the full-text index entries.
/// secure_delete is on for every connection, so freed pages are zeroed; the index is then rewritten without
/// the deleted terms and the write-ahead log is checkpointed and truncated.
class ErasureRepository final {
public:
    ErasureRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Status erase(Id personId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus
