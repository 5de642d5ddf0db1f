#pragma once

#include "Database.h"
#include "FtsQuery.h"
#include "model/Ids.h"

#include <QVector>

namespace chorus {

/// One full-text hit, already resolved to the thing a user would open.
struct SearchHit {
    SearchKind kind = SearchKind::Person;
    Id id = 0;       ///< the row of `kind` (for an identity, the identity's id)
    Id personId = 0; ///< the person it belongs to (people, identities, person notes)
    Id conversationId = 0;
    Id eventId = 0;
    QString title;   ///< a person's name, a conversation title, an event name
    QString snippet; ///< the matched text around the hit, plain text
    double rank = 0; ///< bm25: lower is better
};

/// Full-text search over people, handles, conversations, notes and events (SQLite FTS5).
class SearchRepository final {
public:
    explicit SearchRepository(Database& db)
        : m_db(db) {}

    Result<QVector<SearchHit>> search(const QString& text, int limit) const;

private:
    Database& m_db;
};

} // namespace chorus
