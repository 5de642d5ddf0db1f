#include "NameComparison.h"

#include "StringSimilarity.h"

#include <QVarLengthArray>

#include <algorithm>

namespace chorus {
namespace {
struct WordScore {
    double value = 0.0; ///< 0..1 after mapping Jaro–Winkler onto "how likely the same word"
    NameMatch kind = NameMatch::Same;
};

// Jaro–Winkler of unrelated short words is still around 0.5–0.7 ("john"/"jane" 0.70), so only the part above
// 0.7 counts as evidence; a one-letter typo in a long word stays high ("lovelcae" 0.97 → 0.9).
double fromJaroWinkler(double jw, qsizetype shortest) {
    // In a word of two or three letters one letter is a different name ("Li" / "Liu"), not a typo.
    const double floor = shortest <= 3 ? 0.85 : 0.7;
    return std::clamp((jw - floor) / (1.0 - floor), 0.0, 1.0);
}

WordScore compareWords(const QString& a, const QString& b, bool aIsPrefix) {
    if (a == b)
        return {1.0, NameMatch::Same};
    if (aIsPrefix && a.size() >= 2 && b.startsWith(a))
        return {0.95, NameMatch::Similar};
    if (a.size() == 1 || b.size() == 1) {
        if (a.at(0) == b.at(0))
            return {0.75, NameMatch::Initials};
        return {0.0, NameMatch::None};
    }
    if (canonicalGivenName(a) == canonicalGivenName(b))
        return {0.8, NameMatch::Nickname};
    double value = fromJaroWinkler(jaroWinkler(a, b), std::min(a.size(), b.size()));
    // A short form that begins the long one ("alex" / "alexander", "chris" / "christopher").
    if (std::min(a.size(), b.size()) >= 3 && (a.startsWith(b) || b.startsWith(a)))
        return {std::max(value, 0.7), NameMatch::Nickname};
    return {value, value > 0.0 ? NameMatch::Similar : NameMatch::None};
}

QString joined(const QStringList& words) {
    return words.join(QString());
}

QStringList sortedCopy(QStringList words) {
    words.sort();
    return words;
}

/// Best one-to-one pairing of the words of the shorter name with those of the longer one (greedy on the best
/// remaining pair; names have a handful of words).
NameComparison alignWords(const QStringList& aWords, const QStringList& bWords, bool aLastIsPrefix) {
    if (aWords.isEmpty() || bWords.isEmpty())
        return {};
    if (aWords == bWords)
        return {1.0, NameMatch::Same};
    if (!aLastIsPrefix && sortedCopy(aWords) == sortedCopy(bWords))
        return {0.97, NameMatch::Reordered};
    if (!aLastIsPrefix && joined(aWords) == joined(bWords))
        return {0.97, NameMatch::Similar}; // "Li Na" / "Lina", "Ji Woo" / "Jiwoo"

    const bool swap = aWords.size() > bWords.size();
    const QStringList& shorter = swap ? bWords : aWords;
    const QStringList& longer = swap ? aWords : bWords;
    const qsizetype n = std::min<qsizetype>(shorter.size(), 6);
    const qsizetype m = std::min<qsizetype>(longer.size(), 6);
    QVarLengthArray<WordScore, 36> scores(n * m);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < m; ++j) {
            // The word still being typed is the last word of `a`, whichever side it ended up on.
            if (!swap) {
                scores[i * m + j] =
                    compareWords(shorter[i], longer[j], aLastIsPrefix && i == aWords.size() - 1);
            } else {
                scores[i * m + j] =
                    compareWords(longer[j], shorter[i], aLastIsPrefix && j == aWords.size() - 1);
            }
        }
    }
    QVarLengthArray<bool, 6> usedRow(n, false);
    QVarLengthArray<bool, 6> usedColumn(m, false);
    double weighted = 0.0;
    double weights = 0.0;
    bool initials = false;
    bool nickname = false;
    bool exactOnly = true;
    for (qsizetype round = 0; round < n; ++round) {
        qsizetype bi = -1, bj = -1;
        for (qsizetype i = 0; i < n; ++i) {
            if (usedRow[i])
                continue;
            for (qsizetype j = 0; j < m; ++j) {
                if (!usedColumn[j] && (bi < 0 || scores[i * m + j].value > scores[bi * m + bj].value)) {
                    bi = i;
                    bj = j;
                }
            }
        }
        usedRow[bi] = usedColumn[bj] = true;
        const WordScore& s = scores[bi * m + bj];
        // Long words carry more evidence than short ones; an initial weighs as much as the word it stands
        // for.
        const double weight = double(std::max(shorter[bi].size(), longer[bj].size()));
        weighted += s.value * weight;
        weights += weight;
        initials = initials || s.kind == NameMatch::Initials;
        nickname = nickname || s.kind == NameMatch::Nickname;
        exactOnly = exactOnly && s.kind == NameMatch::Same && s.value >= 1.0;
    }
    double score = weights > 0.0 ? weighted / weights : 0.0;
    // Words only the longer name has. A middle one is a middle name people often leave out ("Grace Hopper" /
    // "Grace Brewster Hopper"): a small penalty. A first or last one means a name of its own is missing
    // ("Li Na" / "Li Na Zhao" are two people): its weight counts as a mismatch. A single word against a full
    // name says little either way.
    const qsizetype extra = longer.size() - shorter.size();
    if (extra > 0 && !(aLastIsPrefix && swap)) {
        double missing = 0.0;
        for (qsizetype j = 0; j < m; ++j) {
            if (usedColumn[j])
                continue;
            if (j == 0 || j == m - 1)
                missing += double(longer[j].size());
            else
                score -= 0.04;
        }
        score *= weights / (weights + missing);
        if (shorter.size() == 1)
            score -= 0.15;
    }
    score = std::clamp(score, 0.0, 1.0);
    NameMatch kind = NameMatch::Similar;
    if (initials)
        kind = NameMatch::Initials;
    else if (nickname)
        kind = NameMatch::Nickname;
    else if (exactOnly && extra == 0)
        kind = NameMatch::Same;
    return {score, score > 0.0 ? kind : NameMatch::None};
}
} // namespace

NameComparison compareNames(const NormalizedName& a, const NormalizedName& b, bool aLastWordIsPrefix) {
    const bool aNative = !a.native.isEmpty();
    const bool bNative = !b.native.isEmpty();
    if (aNative && bNative && a.script == b.script) {
        // Both in the same non-Latin script: compare the characters themselves. "王伟" and "王薇" sound alike
        // but are different names.
        return alignWords(a.native, b.native, aLastWordIsPrefix);
    }
    NameComparison r = alignWords(a.tokens, b.tokens, aLastWordIsPrefix);
    if ((aNative || bNative) && r.score > 0.0) {
        // One transliteration is a guess at a spelling, so a match across scripts is never quite certain.
        r.score *= 0.92;
        r.kind = NameMatch::OtherScript;
    }
    return r;
}

} // namespace chorus
