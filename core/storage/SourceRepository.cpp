#include "SourceRepository.h"

#include "ConversationLookup.h"
#include "Sql.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Sources)
};

const QString kSelect = QStringLiteral(R"(
    SELECT s.id, s.person_id, s.identity_id, s.url, s.title, s.etag, s.last_modified, s.last_fetched_at,
           s.last_success_at, s.last_status, s.last_error, s.failures, s.next_attempt_at, s.last_new_items,
           s.created_at, p.name, (SELECT count(*) FROM conversations c WHERE c.source_id = s.id)
    FROM sources s JOIN people p ON p.id = s.person_id)");

Source fromRow(const sql::Rows& r) {
    Source s;
    s.id = r.integer(0);
    s.personId = r.integer(1);
    s.identityId = r.integer(2);
    s.url = QUrl(r.text(3));
    s.title = r.text(4);
    s.etag = r.text(5);
    s.lastModified = r.text(6);
    s.lastFetchedAt = sql::fromEpoch(r.value(7));
    s.lastSuccessAt = sql::fromEpoch(r.value(8));
    s.lastStatus = r.text(9);
    s.lastError = r.text(10);
    s.failures = int(r.integer(11));
    s.nextAttemptAt = sql::fromEpoch(r.value(12));
    s.lastNewItems = int(r.integer(13));
    s.createdAt = sql::fromEpoch(r.value(14));
    s.personName = r.text(15);
    s.itemCount = int(r.integer(16));
    return s;
}

QVariant optionalText(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

Result<Id> SourceRepository::add(const Source& source) {
    const QString scheme = source.url.scheme().toLower();
    if (!source.url.isValid() || source.url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return makeError(
            ErrorCode::Invalid,
            Tr::tr("Source URL: \"%1\" is not an http or https address.").arg(source.url.toString()));
    auto person = sql::scalar(m_db, QStringLiteral("SELECT id FROM people WHERE id = ?"), {source.personId});
    if (!person)
        return person.error();
    if (person->isNull())
        return makeError(ErrorCode::NotFound, Tr::tr("Source: no person with id %1.").arg(source.personId));
    auto id = sql::insert(m_db, QStringLiteral(R"(
        INSERT INTO sources (person_id, identity_id, url, title, created_at) VALUES (?, ?, ?, ?, ?))"),
                          {source.personId, sql::optionalId(source.identityId), source.url.toString(),
                           sql::text(source.title), sql::epoch(m_clock.now())});
    if (!id) {
        if (id.error().message.contains(QLatin1String("UNIQUE")))
            return makeError(ErrorCode::Conflict, Tr::tr("Source: person %1 already follows %2.")
                                                      .arg(source.personId)
                                                      .arg(source.url.toString()));
        return id.error();
    }
    m_db.announce({Entity::Source, ChangeKind::Inserted, {*id}});
    return *id;
}

Result<Source> SourceRepository::get(Id id) const {
    auto rows = sql::select(m_db, kSelect + QStringLiteral(" WHERE s.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No source with id %1.").arg(id));
    return fromRow(*rows);
}

Result<QVector<Source>> SourceRepository::list(Id personId) const {
    auto rows = sql::select(m_db,
                            kSelect + QStringLiteral(" WHERE ? = 0 OR s.person_id = ? "
                                                     "ORDER BY p.name COLLATE NOCASE, s.person_id, s.url"),
                            {personId, personId});
    if (!rows)
        return rows.error();
    QVector<Source> out;
    while (rows->next())
        out.push_back(fromRow(*rows));
    return out;
}

Result<int> SourceRepository::count() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sources"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status SourceRepository::remove(Id id) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st = sql::exec(
            m_db, QStringLiteral("UPDATE conversations SET source_id = NULL WHERE source_id = ?"), {id});
        !st)
        return st;
    auto removed = sql::modify(m_db, QStringLiteral("DELETE FROM sources WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No source with id %1.").arg(id));
    m_db.announce({Entity::Source, ChangeKind::Removed, {id}});
    return tx.commit();
}

Status SourceRepository::setUrl(Id id, const QUrl& url) {
    auto changed = sql::modify(m_db, QStringLiteral(R"(
        UPDATE sources SET url = ?, etag = NULL, last_modified = NULL WHERE id = ?)"),
                               {url.toString(), id});
    if (!changed) {
        if (changed.error().message.contains(QLatin1String("UNIQUE")))
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Source %1: the person already follows %2.").arg(id).arg(url.toString()));
        return changed.error();
    }
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No source with id %1.").arg(id));
    m_db.announce({Entity::Source, ChangeKind::Updated, {id}});
    return {};
}

Status SourceRepository::recordSuccess(Id id, const SourceSuccess& s) {
    auto changed =
        sql::modify(m_db, QStringLiteral(R"(
        UPDATE sources SET last_fetched_at = ?, last_success_at = ?, last_status = ?, last_error = '',
                           failures = 0, next_attempt_at = NULL, last_new_items = ?,
                           etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),
                           title = coalesce(?, title)
        WHERE id = ?)"),
                    {sql::epoch(s.at), sql::epoch(s.at), sql::text(s.status), s.newItems,
                     optionalText(s.etag), optionalText(s.lastModified), optionalText(s.title), id});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No source with id %1.").arg(id));
    m_db.announce({Entity::Source, ChangeKind::Updated, {id}});
    return {};
}

Status SourceRepository::recordFailure(Id id, const QDateTime& at, const QString& status,
                                       const QString& error, const QDateTime& nextAttemptAt) {
    auto changed =
        sql::modify(m_db, QStringLiteral(R"(
        UPDATE sources SET last_fetched_at = ?, last_status = ?, last_error = ?, failures = failures + 1,
                           next_attempt_at = ?, last_new_items = 0
        WHERE id = ?)"),
                    {sql::epoch(at), sql::text(status), sql::text(error), sql::epoch(nextAttemptAt), id});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No source with id %1.").arg(id));
    m_db.announce({Entity::Source, ChangeKind::Updated, {id}});
    return {};
}

Result<std::optional<Id>> SourceRepository::findItem(Id personId, const QString& guid,
                                                     const QString& url) const {
    if (!guid.isEmpty()) {
        auto v = sql::scalar(m_db, QStringLiteral(R"(
            SELECT c.id FROM conversations c
            WHERE c.guid = ? AND (c.source_id IS NULL OR c.source_id IN (SELECT id FROM sources WHERE person_id = ?))
            LIMIT 1)"),
                             {guid, personId});
        if (!v)
            return v.error();
        if (!v->isNull())
            return std::optional<Id>(v->toLongLong());
    }
    if (!url.isEmpty())
        return storage_detail::conversationWithUrl(m_db, url);
    return std::optional<Id>();
}

Status SourceRepository::addStarter(Id conversationId, Id personId) {
    auto added = sql::modify(m_db, QStringLiteral(R"(
        INSERT INTO participants (conversation_id, person_id, role, messages) VALUES (?, ?, 'started', 1)
        ON CONFLICT (conversation_id, person_id) DO NOTHING)"),
                             {conversationId, personId});
    if (!added)
        return added.error();
    if (*added > 0)
        m_db.announce({Entity::Conversation, ChangeKind::Updated, {conversationId}});
    return {};
}

} // namespace chorus
