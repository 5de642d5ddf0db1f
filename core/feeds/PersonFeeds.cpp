#include "PersonFeeds.h"

#include "storage/Workspace.h"

namespace chorus {

Result<QVector<FeedCandidate>> suggestedSources(Workspace& workspace, Id personId) {
    auto identities = workspace.people().identities(personId);
    if (!identities)
        return identities.error();
    auto followed = workspace.sources().list(personId);
    if (!followed)
        return followed.error();
    QVector<FeedCandidate> out;
    for (const Identity& identity : *identities) {
        for (const FeedCandidate& candidate : feedsForIdentity(identity)) {
            const auto same = [&](const auto& other) {
                return other.url == candidate.url;
            };
            if (std::none_of(followed->cbegin(), followed->cend(), same) &&
                std::none_of(out.cbegin(), out.cend(), same))
                out.push_back(candidate);
        }
    }
    return out;
}

Result<QVector<Id>> addSuggestedSources(Workspace& workspace, Id personId) {
    auto candidates = suggestedSources(workspace, personId);
    if (!candidates)
        return candidates.error();
    Transaction tx(workspace.database());
    if (!tx.started())
        return tx.started().error();
    QVector<Id> ids;
    for (const FeedCandidate& candidate : *candidates) {
        Source source;
        source.personId = personId;
        source.identityId = candidate.identityId;
        source.url = candidate.url;
        auto id = workspace.sources().add(source);
        if (!id)
            return id.error();
        ids << *id;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return ids;
}

} // namespace chorus
