#pragma once

#include "MatchCandidate.h"
#include "MatchProfile.h"
#include "MatchScorer.h"
#include "util/Result.h"

#include <QSet>

#include <functional>

namespace chorus {

class DedupeRepository;

/// Whole-workspace duplicate detection with blocking: only people who share a block key are compared —
/// the same identity key, the same name words in any order, the same concatenated name, a name word plus the
/// initial of another word (catches typos in one word, initials and nicknames), the same word at the same
/// organisation, or the same name in its own script. Blocks broader than MatchSettings::maxBlockSize are
/// skipped; each pair is scored once (in the first block the two share). Pairs above the duplicate threshold
/// are joined into groups.
class DuplicateFinder final {
public:
    using Progress = std::function<bool(int permille)>;

    explicit DuplicateFinder(const MatchScorer& scorer)
        : m_scorer(scorer) {}

    Result<QVector<DuplicateGroup>> run(const DedupeRepository& repository, const Progress& progress = {},
                                        DuplicateScanStats* stats = nullptr) const;
    /// The same over people already in memory; `dismissed` holds DedupeRepository::pairKey()s to leave out.
    Result<QVector<DuplicateGroup>> run(const QVector<MatchProfile>& people, const QSet<quint64>& dismissed,
                                        const Progress& progress = {},
                                        DuplicateScanStats* stats = nullptr) const;

    /// The block keys of one person, as text (for tests and explanations).
    static QStringList blockKeys(const MatchProfile& person);

private:
    const MatchScorer& m_scorer;
};

} // namespace chorus
