#include "ErasureRepository.h"

#include "Sql.h"

#include <QCoreApplication>

namespace chorus {

Status ErasureRepository::erase(Id personId) {
    {
        Transaction tx(m_db);
        if (!tx.started())
            return tx.started();
        auto self = sql::scalar(m_db, QStringLiteral("SELECT is_self FROM people WHERE id = ?"), {personId});
        if (!self)
            return self.error();
        if (self->isNull())
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("People", "No person with id %1.").arg(personId));
        // Their own posts: fetched from their feeds, or threads nobody else took part in.
        if (auto st = sql::exec(m_db, QStringLiteral(R"(
                DELETE FROM conversations
                WHERE source_id IN (SELECT id FROM sources WHERE person_id = ?)
                   OR id IN (SELECT conversation_id FROM participants WHERE person_id = ?
                             EXCEPT SELECT conversation_id FROM participants WHERE person_id <> ?))"),
                                {personId, personId, personId});
            !st)
            return st;
        if (auto st =
                sql::exec(m_db, QStringLiteral("DELETE FROM capture_drafts WHERE person_id = ?"), {personId});
            !st)
            return st;
        if (auto st = sql::exec(m_db, QStringLiteral("DELETE FROM people WHERE id = ?"), {personId}); !st)
            return st;
        if (auto st = sql::exec(m_db, QStringLiteral("INSERT INTO erasures (erased_at) VALUES (?)"),
                                {sql::epoch(m_clock.now())});
            !st)
            return st;
        m_db.announce({Entity::Person, ChangeKind::Removed, {personId}});
        m_db.announce({Entity::Workspace, ChangeKind::Updated, {}});
        if (auto st = tx.commit(); !st)
            return st;
    }
    // FTS5 keeps deleted terms in old index segments until they are merged: rewrite the index now.
    if (auto st =
            sql::exec(m_db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
        !st)
        return st;
    auto rows = sql::select(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
    }
    return {};
}

} // namespace chorus
