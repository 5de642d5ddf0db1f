#include "TagRepository.h"

#include "IdList.h"
#include "Sql.h"

#include <QCoreApplication>

namespace chorus {

Result<Id> TagRepository::ensure(const QString& name) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("Tags", "Tag: the name is empty."));
    auto existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {trimmed});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return existing->toLongLong();
    auto id = sql::insert(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (?)"), {trimmed});
    if (id)
        m_db.announce({Entity::Tag, ChangeKind::Inserted, {*id}});
    return id;
}

Result<QVector<Tag>> TagRepository::list() const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT t.id, t.name, (SELECT count(*) FROM person_tags pt WHERE pt.tag_id = t.id)
        FROM tags t ORDER BY t.name COLLATE NOCASE)"));
    if (!rows)
        return rows.error();
    QVector<Tag> out;
    while (rows->next())
        out.push_back({rows->integer(0), rows->text(1), static_cast<int>(rows->integer(2))});
    return out;
}

Result<QStringList> TagRepository::personTags(Id personId) const {
    auto rows = sql::select(m_db, QStringLiteral(R"(
        SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
        WHERE pt.person_id = ? ORDER BY t.name COLLATE NOCASE)"),
                            {personId});
    if (!rows)
        return rows.error();
    QStringList out;
    while (rows->next())
        out << rows->text(0);
    return out;
}

Status TagRepository::setPersonTags(Id personId, const QStringList& names) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM person_tags WHERE person_id = ?"), {personId});
        !st)
        return st;
    for (const QString& name : names) {
        auto tagId = ensure(name);
        if (!tagId)
            return tagId.error();
        if (auto st = sql::exec(
                m_db, QStringLiteral("INSERT OR IGNORE INTO person_tags (person_id, tag_id) VALUES (?, ?)"),
                {personId, *tagId});
            !st)
            return st;
    }
    return tx.commit();
}

Status TagRepository::addToPeople(const QVector<Id>& personIds, const QString& name) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto tagId = ensure(name);
    if (!tagId)
        return tagId.error();
    auto st = sql::exec(m_db, QStringLiteral(R"(
        INSERT OR IGNORE INTO person_tags (person_id, tag_id)
        SELECT value, ? FROM json_each(?) WHERE value IN (SELECT id FROM people))"),
                        {*tagId, jsonIdArray(personIds)});
    if (!st)
        return st;
    m_db.announce({Entity::Person, ChangeKind::Updated, personIds});
    return tx.commit();
}

Status TagRepository::removeFromPeople(const QVector<Id>& personIds, const QString& name) {
    auto st = sql::exec(m_db, QStringLiteral(R"(
        DELETE FROM person_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?)
          AND person_id IN (SELECT value FROM json_each(?)))"),
                        {name.simplified(), jsonIdArray(personIds)});
    if (st)
        m_db.announce({Entity::Person, ChangeKind::Updated, personIds});
    return st;
}

} // namespace chorus
