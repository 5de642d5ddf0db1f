#include "PersonMatcher.h"

#include "DuplicateFinder.h"
#include "storage/Workspace.h"

#include <QSet>

#include <algorithm>

namespace chorus {
namespace {
constexpr int kIdentityCap = 200;
constexpr int kNameCap = 500;
constexpr int kOrganisationCap = 300;

/// What to ask the full-text index for: the first three letters of each word, both as matching folds them and
/// as the index folds them (it keeps "ø" and "ß"), plus the words of a non-Latin name as written.
QStringList namePrefixes(const QString& name, const NormalizedName& normalized) {
    QSet<QString> prefixes;
    const auto add = [&prefixes](const QString& word) {
        if (word.size() >= 2)
            prefixes.insert(word.left(3));
    };
    for (const QString& t : normalized.tokens)
        add(t);
    for (const QString& t : normalized.native)
        add(t);
    QString plain;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        plain += c.isLetterOrNumber() ? c.toLower() : QChar(u' ');
    }
    for (const QString& w : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        add(w);
    QStringList out(prefixes.begin(), prefixes.end());
    out.sort();
    return out;
}
/// First letters of the name's words and of the formal names behind nicknames ("bob" → "b", "r").
QStringList initials(const NormalizedName& name) {
    QStringList out;
    for (const QString& t : name.tokens) {
        for (const QString& w : {t, canonicalGivenName(t)}) {
            const QString letter = w.left(1);
            if (!letter.isEmpty() && letter.at(0).isLetter() && !out.contains(letter))
                out << letter;
        }
    }
    return out;
}
} // namespace

Result<QVector<MatchCandidate>> PersonMatcher::candidatesFor(const Person& incoming, int limit,
                                                             bool beingTyped) const {
    const MatchProfile me = MatchProfile::fromPerson(incoming);
    DedupeRepository& repo = m_workspace.dedupe();
    QSet<Id> ids;
    QStringList keys;
    for (const IdentityKey& k : me.identities)
        keys << k.key;
    for (auto found :
         {repo.idsWithIdentityKeys(keys, kIdentityCap),
          repo.idsWithNamePrefixes(namePrefixes(incoming.name, me.normalized), kNameCap),
          repo.idsInOrganisation(incoming.organisation, initials(me.normalized), kOrganisationCap)}) {
        if (!found)
            return found.error();
        for (Id id : *found)
            ids.insert(id);
    }
    ids.remove(incoming.id);
    QSet<quint64> dismissed;
    if (incoming.id > 0) {
        auto pairs = repo.notDuplicatePairs();
        if (!pairs)
            return pairs.error();
        dismissed = *pairs;
    }
    auto rows = repo.rows(QVector<Id>(ids.begin(), ids.end()));
    if (!rows)
        return rows.error();
    QVector<MatchCandidate> out;
    for (const MatchRow& row : *rows) {
        if (incoming.id > 0 && dismissed.contains(DedupeRepository::pairKey(incoming.id, row.id)))
            continue;
        const MatchProfile other = MatchProfile::fromRow(row);
        const PairScore s = m_scorer.score(me, other, beingTyped);
        if (s.score < m_scorer.settings().candidateThreshold)
            continue;
        out.push_back({row.id, row.name, row.organisation, other.stance, row.archived, row.touchpointCount,
                       s.score, s.evidence});
    }
    std::sort(out.begin(), out.end(), [](const MatchCandidate& x, const MatchCandidate& y) {
        if (x.score != y.score)
            return x.score > y.score;
        if (x.archived != y.archived)
            return !x.archived;
        if (x.touchpointCount != y.touchpointCount)
            return x.touchpointCount > y.touchpointCount;
        return x.personId < y.personId;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QVector<DuplicateGroup>> PersonMatcher::findDuplicates(const std::function<bool(int)>& progress,
                                                              DuplicateScanStats* stats) const {
    DuplicateFinder finder(m_scorer);
    return finder.run(m_workspace.dedupe(), progress, stats);
}

} // namespace chorus
