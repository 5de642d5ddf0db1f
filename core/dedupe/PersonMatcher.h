#pragma once

#include "MatchCandidate.h"
#include "MatchScorer.h"
#include "model/Person.h"
#include "util/Result.h"

#include <functional>

namespace chorus {

class Workspace;

/// Finds stored people who may be the same as a person being typed or imported, and likely duplicate groups
/// across the whole workspace. The capture forms, the importers' previews and the Duplicates view all use it.
class PersonMatcher final {
public:
    explicit PersonMatcher(Workspace& workspace, MatchSettings settings = {})
        : m_workspace(workspace)
        , m_scorer(settings) {}

    /// Stored people who may be `incoming` (its name, organisation and identities; its own id, if stored, and
    /// the people marked "not the same" as it are left out), best first, at most `limit`, from
    /// MatchSettings::candidateThreshold. `beingTyped`: the last word of the name may be unfinished.
    /// Candidates come from the same identity keys, the full-text index on name words, and the same
    /// organisation.
    Result<QVector<MatchCandidate>> candidatesFor(const Person& incoming, int limit,
                                                  bool beingTyped = false) const;

    /// Groups of likely duplicate people across the workspace (see DuplicateFinder). `progress` receives
    /// 0..1000 and returns false to cancel (the result is then ErrorCode::Cancelled).
    Result<QVector<DuplicateGroup>> findDuplicates(const std::function<bool(int)>& progress = {},
                                                   DuplicateScanStats* stats = nullptr) const;

    const MatchScorer& scorer() const { return m_scorer; }

private:
    Workspace& m_workspace;
    MatchScorer m_scorer;
};

} // namespace chorus
