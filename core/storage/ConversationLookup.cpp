#include "ConversationLookup.h"

#include "Sql.h"

namespace chorus::storage_detail {

Result<std::optional<Id>> conversationWithUrl(Database& db, const QString& url) {
    // "url <> ''" lets SQLite use the partial index conversations_url (a bound value might be '').
    auto v = sql::scalar(
        db, QStringLiteral("SELECT id FROM conversations WHERE url = ? AND url <> '' LIMIT 1"), {url});
    if (!v)
        return v.error();
    if (v->isNull())
        return std::optional<Id>();
    return std::optional<Id>(v->toLongLong());
}

} // namespace chorus::storage_detail
