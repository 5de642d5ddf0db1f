#pragma once

#include "Database.h"
#include "model/Ids.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace chorus::storage_detail {

/// The conversation whose link is `url`, if any: shared by ConversationRepository::findByGuidOrUrl and
/// SourceRepository::findItem, which both de-duplicate feed items by URL across every source.
Result<std::optional<Id>> conversationWithUrl(Database& db, const QString& url);

} // namespace chorus::storage_detail
