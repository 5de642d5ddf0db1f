#pragma once

#include "MatchCandidate.h"
#include "MatchProfile.h"

namespace chorus {

/// The thresholds of matching, in one place.
struct MatchSettings {
    double duplicateThreshold = 0.75; ///< a pair at or above this is proposed as a duplicate
    double candidateThreshold = 0.5; ///< candidatesFor() shows matches from this score (weaker ones included)
    double similarName = 0.8;        ///< a name comparison at or above this counts as a similar name
    int maxBlockSize = 400;          ///< a scan block broader than this says nothing about identity; skipped
};

struct PairScore {
    double score = 0.0;
    QVector<MatchEvidence> evidence;
};

/// Scores how likely two people are the same person: a shared email, handle or phone is strong evidence; a
/// similar name is strong at the same organisation, weaker when an organisation is unknown, weak across
/// organisations.
class MatchScorer final {
public:
    explicit MatchScorer(MatchSettings settings = {})
        : m_settings(settings) {}

    /// `aIsBeingTyped`: the last word of a's name may be unfinished.
    PairScore score(const MatchProfile& a, const MatchProfile& b, bool aIsBeingTyped = false) const;
    const MatchSettings& settings() const { return m_settings; }

private:
    MatchSettings m_settings;
};

} // namespace chorus
