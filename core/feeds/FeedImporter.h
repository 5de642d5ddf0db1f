#pragma once

#include "Feed.h"
#include "model/Source.h"
#include "util/Result.h"

namespace chorus {

class Workspace;

/// What importing one fetched feed did.
struct FeedImport {
    int added = 0; ///< new conversations
    int known = 0; ///< items already held (by GUID or URL), from this or another source
    QVector<Id> addedIds;
};

/// Turns a fetched feed's items into conversations the source's person started: title, URL, published time,
/// plain-text summary and the workspace topics the text mentions. Items already held (the same GUID from one
/// of the person's sources, or the same URL from anywhere) are not added again; the person becomes a starter
/// of them if they were not already taking part. Everything for one source, including its success record, is
/// written in one transaction: a failure leaves nothing half-imported.
class FeedImporter final {
public:
    explicit FeedImporter(Workspace& workspace)
        : m_workspace(workspace) {}

    Result<FeedImport> import(const Source& source, const Feed& feed, SourceSuccess success);

private:
    Workspace& m_workspace;
};

} // namespace chorus
