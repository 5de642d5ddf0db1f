#include "PeopleRepository.h"

#include "FtsQuery.h"
#include "IdList.h"
#include "Sql.h"
#include "TagRepository.h"
#include "TopicRepository.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QHash>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(People)
};

Person personFromRow(const sql::Rows& r) {
    Person p;
    p.id = r.integer(0);
    p.name = r.text(1);
    p.organisation = r.text(2);
    p.role = r.text(3);
    p.location = r.text(4);
    p.stance = stanceFromKey(r.text(5)).value_or(Stance::Unknown);
    if (!r.isNull(6))
        p.reach = r.integer(6);
    p.archived = r.integer(7) != 0;
    p.isSelf = r.integer(8) != 0;
    p.createdAt = sql::fromEpoch(r.value(9));
    p.updatedAt = sql::fromEpoch(r.value(10));
    return p;
}

const QString kPersonColumns = QStringLiteral(
    "p.id, p.name, p.organisation, p.role, p.location, p.stance, p.reach, p.archived, p.is_self, "
    "p.created_at, p.updated_at");

QString stanceOrder() {
    return QStringLiteral(
        "CASE p.stance WHEN 'champion' THEN 0 WHEN 'advocate' THEN 1 WHEN 'supporter' THEN 2 "
        "WHEN 'neutral' THEN 3 WHEN 'sceptic' THEN 4 ELSE 5 END");
}
} // namespace

Result<Id> PeopleRepository::add(const Person& person) {
    if (auto st = validatePerson(person); !st)
        return st.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const QVariant now = sql::epoch(m_clock.now());
    auto id = sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO people (name, organisation, role, location, stance, reach, archived, is_self, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
                          {person.name.trimmed(), sql::text(person.organisation.trimmed()),
                           sql::text(person.role.trimmed()), sql::text(person.location.trimmed()),
                           stanceKey(person.stance), person.reach ? QVariant(*person.reach) : QVariant(),
                           person.archived ? 1 : 0, person.isSelf ? 1 : 0,
                           person.createdAt.isValid() ? sql::epoch(person.createdAt) : now, now});
    if (!id)
        return id.error();
    if (auto st = writeIdentities(*id, person.identities); !st)
        return st.error();
    if (!person.topics.isEmpty()) {
        if (auto st = m_topics.setPersonTopics(*id, person.topics); !st)
            return st.error();
    }
    if (!person.tags.isEmpty()) {
        if (auto st = m_tags.setPersonTags(*id, person.tags); !st)
            return st.error();
    }
    m_db.announce({Entity::Person, ChangeKind::Inserted, {*id}});
    if (auto st = tx.commit(); !st)
        return st.error();
    return *id;
}

Status PeopleRepository::update(const Person& person) {
    if (auto st = validatePerson(person); !st)
        return st;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto changed = sql::modify(m_db, QStringLiteral(R"(
        UPDATE people SET name = ?, organisation = ?, role = ?, location = ?, stance = ?, reach = ?, archived = ?,
                          updated_at = ?
        WHERE id = ?)"),
                               {person.name.trimmed(), sql::text(person.organisation.trimmed()),
                                sql::text(person.role.trimmed()), sql::text(person.location.trimmed()),
                                stanceKey(person.stance), person.reach ? QVariant(*person.reach) : QVariant(),
                                person.archived ? 1 : 0, sql::epoch(m_clock.now()), person.id});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No person with id %1.").arg(person.id));
    if (auto s = writeIdentities(person.id, person.identities); !s)
        return s;
    if (auto s = m_topics.setPersonTopics(person.id, person.topics); !s)
        return s;
    if (auto s = m_tags.setPersonTags(person.id, person.tags); !s)
        return s;
    m_db.announce({Entity::Person, ChangeKind::Updated, {person.id}});
    return tx.commit();
}

Status PeopleRepository::writeIdentities(Id personId, const QVector<Identity>& identities) {
    // Keep ids of identities that stay (sources point at them); delete the dropped ones; insert new ones.
    QVector<Id> kept;
    for (const Identity& identity : identities) {
        if (identity.id > 0)
            kept << identity.id;
    }
    if (auto st = sql::exec(m_db,
                            QStringLiteral("DELETE FROM identities WHERE person_id = ? AND id NOT IN "
                                           "(SELECT value FROM json_each(?))"),
                            {personId, jsonIdArray(kept)});
        !st)
        return st;
    for (const Identity& identity : identities) {
        const QString key = normalizedHandle(identity.platform, identity.handle);
        Status st;
        if (identity.id > 0) {
            st = sql::exec(m_db, QStringLiteral(R"(
                UPDATE identities SET platform = ?, handle = ?, handle_key = ?, url = ? WHERE id = ? AND person_id = ?)"),
                           {identity.platform, identity.handle.trimmed(), key,
                            sql::text(identity.url.trimmed()), identity.id, personId});
        } else {
            auto id = sql::insert(m_db, QStringLiteral(R"(
                INSERT INTO identities (person_id, platform, handle, handle_key, url) VALUES (?, ?, ?, ?, ?))"),
                                  {personId, identity.platform, identity.handle.trimmed(), key,
                                   sql::text(identity.url.trimmed())});
            if (!id)
                st = id.error();
        }
        if (!st) {
            if (st.error().message.contains(QLatin1String("UNIQUE")))
                return makeError(ErrorCode::Conflict,
                                 Tr::tr("%1: \"%2\" is already listed for this person.")
                                     .arg(platformLabel(identity.platform), identity.handle));
            return st;
        }
    }
    return {};
}

Result<Person> PeopleRepository::get(Id id) const {
    Person person;
    {
        auto rows = sql::select(
            m_db, QStringLiteral("SELECT %1 FROM people p WHERE p.id = ?").arg(kPersonColumns), {id});
        if (!rows)
            return rows.error();
        if (!rows->next())
            return makeError(ErrorCode::NotFound, Tr::tr("No person with id %1.").arg(id));
        person = personFromRow(*rows);
    }
    auto identities = this->identities(id);
    if (!identities)
        return identities.error();
    person.identities = *identities;
    auto topics = m_topics.personTopics(id);
    if (!topics)
        return topics.error();
    person.topics = *topics;
    auto tags = m_tags.personTags(id);
    if (!tags)
        return tags.error();
    person.tags = *tags;
    return person;
}

Result<bool> PeopleRepository::exists(Id id) const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT 1 FROM people WHERE id = ?"), {id});
    if (!v)
        return v.error();
    return !v->isNull();
}

Status PeopleRepository::remove(Id id) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto removed = sql::modify(m_db, QStringLiteral("DELETE FROM people WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No person with id %1.").arg(id));
    m_db.announce({Entity::Person, ChangeKind::Removed, {id}});
    return tx.commit();
}

Result<int> PeopleRepository::count(bool includeArchived) const {
    auto v = sql::scalar(
        m_db, includeArchived
                  ? QStringLiteral("SELECT count(*) FROM people WHERE is_self = 0")
                  : QStringLiteral("SELECT count(*) FROM people WHERE is_self = 0 AND archived = 0"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QVector<Id>> PeopleRepository::queryIds(const PersonFilter& filter, const PersonSort& sort,
                                               const QDateTime& now, const HealthParameters& health) const {
    QStringList where{QStringLiteral("p.is_self = 0")};
    QVariantList params;
    if (!filter.includeArchived)
        where << QStringLiteral("p.archived = 0");
    if (!filter.stances.isEmpty()) {
        QStringList keys;
        for (Stance s : filter.stances)
            keys << QLatin1Char('"') + stanceKey(s) + QLatin1Char('"');
        where << QStringLiteral("p.stance IN (SELECT value FROM json_each(?))");
        params << QLatin1Char('[') + keys.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    if (filter.topicId > 0) {
        where << QStringLiteral("p.id IN (SELECT person_id FROM person_topics WHERE topic_id = ?)");
        params << filter.topicId;
    }
    if (filter.tagId > 0) {
        where << QStringLiteral("p.id IN (SELECT person_id FROM person_tags WHERE tag_id = ?)");
        params << filter.tagId;
    }
    if (filter.goingColdOnly) {
        // Established (three or more touchpoints) and now below a health of 25. The literal "3" and the
        // archived/is_self terms match the partial indexes people_cold_by_* (migration 11), which serve this.
        where << QStringLiteral("p.touchpoint_count >= 3 AND p.health_log < ?");
        params << healthLogBelow(25.0, now, health);
    }
    const QString match = ftsMatchExpression(filter.text);
    if (!filter.text.trimmed().isEmpty()) {
        if (match.isEmpty())
            return QVector<Id>();
        where << QStringLiteral(R"(p.id IN (
            SELECT rowid >> 3 FROM search_index WHERE search_index MATCH ? AND (rowid & 7) = 1
            UNION
            SELECT i.person_id FROM identities i
             WHERE i.id IN (SELECT rowid >> 3 FROM search_index WHERE search_index MATCH ? AND (rowid & 7) = 2)))");
        params << match << match;
    }

    QString order;
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (sort.key) {
    case PersonSortKey::Name:
        order = QStringLiteral("p.name COLLATE NOCASE") + dir;
        break;
    case PersonSortKey::Organisation:
        order =
            QStringLiteral("p.organisation COLLATE NOCASE") + dir + QStringLiteral(", p.name COLLATE NOCASE");
        break;
    case PersonSortKey::Stance:
        order = stanceOrder() + dir + QStringLiteral(", p.name COLLATE NOCASE");
        break;
    case PersonSortKey::Topics:
        order = QStringLiteral(
                    "(SELECT t.name FROM person_topics pt JOIN topics t ON t.id = pt.topic_id "
                    "WHERE pt.person_id = p.id ORDER BY pt.weight DESC, t.name LIMIT 1) COLLATE NOCASE") +
                dir + QStringLiteral(", p.name COLLATE NOCASE");
        break;
    case PersonSortKey::Health:
        order = QStringLiteral("p.health_log") +
                dir; // ties are only the never-met: id order keeps the index scan
        break;
    case PersonSortKey::LastTouchpoint:
        order = QStringLiteral("p.last_touchpoint_at") + dir;
        break;
    case PersonSortKey::OpenFollowUps:
        order = QStringLiteral("p.open_follow_ups") + dir + QStringLiteral(", p.name COLLATE NOCASE");
        break;
    }
    const QString sqlText = QStringLiteral("SELECT p.id FROM people p WHERE %1 ORDER BY %2, p.id")
                                .arg(where.join(QStringLiteral(" AND ")), order);
    auto rows = sql::select(m_db, sqlText, params);
    if (!rows)
        return rows.error();
    QVector<Id> ids;
    while (rows->next())
        ids.push_back(rows->integer(0));
    return ids;
}

Result<QVector<PersonRow>> PeopleRepository::rows(const QVector<Id>& ids, const QDateTime& now,
                                                  const HealthParameters& health) const {
    auto r = sql::select(m_db, QStringLiteral(R"(
        SELECT p.id, p.name, p.organisation, p.stance, p.archived, p.health_log, p.last_touchpoint_at,
               p.open_follow_ups,
               (SELECT group_concat(name, ', ') FROM
                   (SELECT t.name FROM person_topics pt JOIN topics t ON t.id = pt.topic_id
                     WHERE pt.person_id = p.id ORDER BY pt.weight DESC, t.name COLLATE NOCASE LIMIT 4))
        FROM people p
        WHERE p.id IN (SELECT value FROM json_each(?)))"),
                         {jsonIdArray(ids)});
    if (!r)
        return r.error();
    QVector<PersonRow> out;
    out.reserve(ids.size());
    while (r->next()) {
        PersonRow row;
        row.id = r->integer(0);
        row.name = r->text(1);
        row.organisation = r->text(2);
        row.stance = stanceFromKey(r->text(3)).value_or(Stance::Unknown);
        row.archived = r->integer(4) != 0;
        row.hasHealth = !r->isNull(5);
        row.health = row.hasHealth ? healthScore(r->real(5), now, health) : 0.0;
        row.lastTouchpointAt = sql::fromEpoch(r->value(6));
        row.openFollowUps = static_cast<int>(r->integer(7));
        row.topics = r->text(8);
        out.push_back(row);
    }
    return out;
}

Result<QVector<Person>> PeopleRepository::basics(const QVector<Id>& ids) const {
    auto r =
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM people p WHERE p.id IN (SELECT value FROM json_each(?))")
                        .arg(kPersonColumns),
                    {jsonIdArray(ids)});
    if (!r)
        return r.error();
    QHash<Id, Person> byId;
    while (r->next()) {
        Person p = personFromRow(*r);
        byId.insert(p.id, p);
    }
    QVector<Person> out;
    out.reserve(ids.size());
    for (Id id : ids) {
        auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out.push_back(*it);
    }
    return out;
}

Status PeopleRepository::setStance(const QVector<Id>& ids, Stance stance) {
    auto st = sql::exec(m_db,
                        QStringLiteral("UPDATE people SET stance = ?, updated_at = ? "
                                       "WHERE id IN (SELECT value FROM json_each(?))"),
                        {stanceKey(stance), sql::epoch(m_clock.now()), jsonIdArray(ids)});
    if (st)
        m_db.announce({Entity::Person, ChangeKind::Updated, ids});
    return st;
}

Status PeopleRepository::setArchived(const QVector<Id>& ids, bool archived) {
    auto st = sql::exec(m_db,
                        QStringLiteral("UPDATE people SET archived = ?, updated_at = ? "
                                       "WHERE id IN (SELECT value FROM json_each(?))"),
                        {archived ? 1 : 0, sql::epoch(m_clock.now()), jsonIdArray(ids)});
    if (st)
        m_db.announce({Entity::Person, ChangeKind::Updated, ids});
    return st;
}

Status PeopleRepository::setReach(Id id, std::optional<qint64> reach) {
    auto st = sql::exec(m_db, QStringLiteral("UPDATE people SET reach = ?, updated_at = ? WHERE id = ?"),
                        {reach ? QVariant(*reach) : QVariant(), sql::epoch(m_clock.now()), id});
    if (st)
        m_db.announce({Entity::Person, ChangeKind::Updated, {id}});
    return st;
}

Result<Id> PeopleRepository::selfId() {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT id FROM people WHERE is_self = 1"));
    if (!v)
        return v.error();
    if (!v->isNull())
        return v->toLongLong();
    Person me;
    me.name = Tr::tr("Me");
    me.isSelf = true;
    me.stance = Stance::Champion;
    return add(me);
}

Result<QVector<Identity>> PeopleRepository::identities(Id personId) const {
    auto rows = sql::select(m_db,
                            QStringLiteral("SELECT id, person_id, platform, handle, url FROM identities "
                                           "WHERE person_id = ? ORDER BY platform, id"),
                            {personId});
    if (!rows)
        return rows.error();
    QVector<Identity> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->integer(1), rows->text(2), rows->text(3), rows->text(4)});
    return out;
}

Result<QVector<Identity>> PeopleRepository::findIdentities(const QString& platform,
                                                           const QString& handle) const {
    const QString key = normalizedHandle(platform, handle);
    auto rows =
        platform.isEmpty()
            ? sql::select(m_db,
                          QStringLiteral("SELECT id, person_id, platform, handle, url FROM identities "
                                         "WHERE handle_key = ? ORDER BY person_id"),
                          {key})
            : sql::select(m_db,
                          QStringLiteral("SELECT id, person_id, platform, handle, url FROM identities "
                                         "WHERE handle_key = ? AND platform = ? ORDER BY person_id"),
                          {key, platform});
    if (!rows)
        return rows.error();
    QVector<Identity> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->integer(1), rows->text(2), rows->text(3), rows->text(4)});
    return out;
}

namespace {
/// The first `limit` distinct people of rows (id, name, organisation, handle): a person found by name and by
/// handle, or by two handles, is listed once.
QVector<PersonCompletion> firstPeople(sql::Rows& rows, int limit) {
    QVector<PersonCompletion> out;
    QSet<Id> seen;
    while (rows.next() && out.size() < limit) {
        const Id id = rows.integer(0);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out.push_back({id, rows.text(1), rows.text(2), rows.text(3)});
    }
    return out;
}
} // namespace

Result<QVector<PersonCompletion>> PeopleRepository::complete(const QString& prefix, int limit) const {
    // One or two letters match a large share of a big workspace, and ranking all of them through the
    // full-text index took over a second at 100,000 people: answer those from the name and handle indexes.
    if (prefix.trimmed().size() < 3)
        return completeShortPrefix(prefix.trimmed(), limit);
    const QString match = ftsMatchExpression(prefix);
    if (match.isEmpty())
        return QVector<PersonCompletion>();
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT p.id, p.name, p.organisation, m.handle FROM
          (SELECT rowid >> 3 AS person_id, NULL AS handle, rank FROM search_index
            WHERE search_index MATCH ? AND (rowid & 7) = 1
           UNION ALL
           SELECT i.person_id, i.handle, f.rank FROM
             (SELECT rowid >> 3 AS identity_id, rank FROM search_index
               WHERE search_index MATCH ? AND (rowid & 7) = 2) f
             JOIN identities i ON i.id = f.identity_id) m
        JOIN people p ON p.id = m.person_id
        WHERE p.is_self = 0
        ORDER BY p.archived, m.rank, p.name COLLATE NOCASE
        LIMIT ?)"),
                            {match, match, limit * 3});
    if (!rows)
        return rows.error();
    return firstPeople(*rows, limit);
}

Result<QVector<PersonCompletion>> PeopleRepository::completeShortPrefix(const QString& prefix,
                                                                        int limit) const {
    if (prefix.isEmpty())
        return QVector<PersonCompletion>();
    QString escaped = prefix;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString handleKey = normalizedHandle(QString(), prefix);
    // Names starting with the letters (the NOCASE name index serves the LIKE), then handles starting with
    // them (a range on the handle index); the closest relationships first within each.
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT id, name, organisation, handle FROM (
          SELECT p.id, p.name, p.organisation, NULL AS handle, 0 AS via_handle, p.archived, p.health_log
            FROM people p WHERE p.name LIKE ? ESCAPE '\' AND p.is_self = 0
          UNION ALL
          SELECT p.id, p.name, p.organisation, i.handle, 1, p.archived, p.health_log
            FROM identities i JOIN people p ON p.id = i.person_id
            WHERE ? <> '' AND i.handle_key >= ? AND i.handle_key < ? || char(1114111) AND p.is_self = 0)
        ORDER BY archived, via_handle, health_log DESC, name COLLATE NOCASE
        LIMIT ?)"),
                            {escaped + QLatin1Char('%'), handleKey, handleKey, handleKey, limit * 3});
    if (!rows)
        return rows.error();
    return firstPeople(*rows, limit);
}

} // namespace chorus
