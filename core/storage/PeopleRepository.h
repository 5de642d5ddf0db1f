#pragma once

#include "Database.h"
#include "PersonQuery.h"
#include "model/Person.h"
#include "model/RelationshipHealth.h"
#include "util/Clock.h"

#include <QVector>

namespace chorus {

class TopicRepository;
class TagRepository;

/// People with their identities, topics and tags.
class PeopleRepository final {
public:
    PeopleRepository(Database& db, const Clock& clock, TopicRepository& topics, TagRepository& tags)
        : m_db(db)
        , m_clock(clock)
        , m_topics(topics)
        , m_tags(tags) {}

    /// Validates, then stores the person with identities, topics and tags. Returns the new id.
    Result<Id> add(const Person& person);
    /// Updates fields, identities (matched by id), topics and tags.
    Status update(const Person& person);
    Result<Person> get(Id id) const;
    Result<bool> exists(Id id) const;
    Status remove(Id id);

    Result<int> count(bool includeArchived = false) const;
    /// Ids of everyone matching, in display order; health ordering uses `now` and `health`.
    Result<QVector<Id>> queryIds(const PersonFilter& filter, const PersonSort& sort, const QDateTime& now,
                                 const HealthParameters& health) const;
    /// Table rows for these ids (any order; unknown ids are skipped).
    Result<QVector<PersonRow>> rows(const QVector<Id>& ids, const QDateTime& now,
                                    const HealthParameters& health) const;
    /// Plain people (no identities, topics or tags) for these ids, in the given order.
    Result<QVector<Person>> basics(const QVector<Id>& ids) const;

    Status setStance(const QVector<Id>& ids, Stance stance);
    Status setArchived(const QVector<Id>& ids, bool archived);
    Status setReach(Id id, std::optional<qint64> reach);

    /// The user's own row, created on first use.
    Result<Id> selfId();

    Result<QVector<Identity>> identities(Id personId) const;
    /// Every identity whose normalised handle equals this one (any platform when platform is empty).
    Result<QVector<Identity>> findIdentities(const QString& platform, const QString& handle) const;
    /// People whose name or handle starts with the typed text, for a "who" field: the best `limit`, closest
    /// relationships first for one or two letters, best full-text match from the third letter.
    Result<QVector<PersonCompletion>> complete(const QString& prefix, int limit) const;

private:
    Result<QVector<PersonCompletion>> completeShortPrefix(const QString& prefix, int limit) const;
    Status writeIdentities(Id personId, const QVector<Identity>& identities);
    Status checkIdentityConflicts(const Person& person) const;

    Database& m_db;
    const Clock& m_clock;
    TopicRepository& m_topics;
    TagRepository& m_tags;
};

} // namespace chorus
