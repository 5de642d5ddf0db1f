#pragma once

#include "SourceDiscovery.h"
#include "util/Result.h"

namespace chorus {

class Workspace;

/// The feeds a person's identities point at (SourceDiscovery's patterns) that they do not follow yet.
Result<QVector<FeedCandidate>> suggestedSources(Workspace& workspace, Id personId);

/// Adds every suggested source of the person in one transaction; returns the new source ids.
Result<QVector<Id>> addSuggestedSources(Workspace& workspace, Id personId);

} // namespace chorus
