#pragma once

#include "Database.h"
#include "model/Source.h"
#include "util/Clock.h"

#include <QVector>

#include <optional>

namespace chorus {

/// Feed sources and what their refreshes recorded. A source belongs to a person (and, when discovered, to one
/// of their identities); removing the person removes their sources.
class SourceRepository final {
public:
    SourceRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    /// Stores a new source. The URL must be an absolute http(s) address; a person cannot have the same URL
    /// twice (ErrorCode::Conflict); the person must exist (ErrorCode::NotFound).
    Result<Id> add(const Source& source);
    Result<Source> get(Id id) const;
    /// Every source (personId 0) or one person's, with the person's name and how many items each brought,
    /// ordered by person name then URL.
    Result<QVector<Source>> list(Id personId = 0) const;
    Result<int> count() const;
    /// Removes a source; the conversations it brought stay, no longer linked to it.
    Status remove(Id id);
    /// Points the source at another URL (a blog page resolved to its feed), forgetting the HTTP validators.
    Status setUrl(Id id, const QUrl& url);

    /// A successful fetch: clears the error and the back-off.
    Status recordSuccess(Id id, const SourceSuccess& success);
    /// A failed fetch: counts it and records when the next attempt is due.
    Status recordFailure(Id id, const QDateTime& at, const QString& status, const QString& error,
                         const QDateTime& nextAttemptAt);

    /// The conversation that already holds a feed item, if any: the same GUID from one of this person's
    /// sources (GUIDs are only unique within a publisher), else the same URL from anywhere.
    Result<std::optional<Id>> findItem(Id personId, const QString& guid, const QString& url) const;
    /// Makes the person a starter of the conversation unless they already take part in it.
    Status addStarter(Id conversationId, Id personId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus
