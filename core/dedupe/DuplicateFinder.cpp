#include "DuplicateFinder.h"

#include "MatchProfile.h"
#include "storage/DedupeRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Dedupe)
};

Error cancelled() {
    return makeError(ErrorCode::Cancelled, Tr::tr("The duplicate scan was cancelled."));
}

/// Union–find over people indexes.
class Components {
public:
    explicit Components(qsizetype n)
        : m_parent(n) {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x) {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void join(int a, int b) {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QVector<int> m_parent;
};

/// The smallest block id two sorted lists share, or -1.
int firstCommon(const QVector<int>& a, const QVector<int>& b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j])
            return a[i];
        if (a[i] < b[j])
            ++i;
        else
            ++j;
    }
    return -1;
}

DuplicateMember member(const MatchProfile& p) {
    return {p.id, p.name, p.organisation, p.stance, p.archived, p.touchpointCount};
}
} // namespace

QStringList DuplicateFinder::blockKeys(const MatchProfile& person) {
    QStringList keys;
    const QStringList tokens = person.normalized.tokens.mid(0, 4);
    if (!tokens.isEmpty()) {
        QStringList sorted = tokens;
        sorted.sort();
        keys << QStringLiteral("n|") + sorted.join(QLatin1Char(' '));
        keys << QStringLiteral("c|") + tokens.join(QString());
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].size() < 2)
            continue;
        for (qsizetype j = 0; j < tokens.size(); ++j) {
            if (j != i)
                keys << QStringLiteral("t|%1|%2").arg(tokens[i], canonicalGivenName(tokens[j]).left(1));
        }
        if (!person.organisationKey.isEmpty())
            keys << QStringLiteral("o|%1|%2").arg(person.organisationKey, canonicalGivenName(tokens[i]));
    }
    if (!person.normalized.native.isEmpty())
        keys << QStringLiteral("x|") + person.normalized.native.join(QLatin1Char(' '));
    for (const IdentityKey& identity : person.identities) {
        if (identity.key.size() >= 3)
            keys << QStringLiteral("i|") + identity.key;
    }
    keys.removeDuplicates();
    return keys;
}

Result<QVector<DuplicateGroup>> DuplicateFinder::run(const DedupeRepository& repository,
                                                     const Progress& progress,
                                                     DuplicateScanStats* stats) const {
    auto total = repository.personCount();
    if (!total)
        return total.error();
    auto dismissed = repository.notDuplicatePairs();
    if (!dismissed)
        return dismissed.error();
    QVector<MatchProfile> people;
    people.reserve(*total);
    // Reading and normalising is the first 30 % of the work.
    auto st = repository.forEachRow([&](const MatchRow& row) {
        people.push_back(MatchProfile::fromRow(row));
        if (progress && people.size() % 2000 == 0)
            return progress(int(300 * people.size() / std::max(1, *total)));
        return true;
    });
    if (!st)
        return st.error();
    auto scaled = [&progress](int permille) {
        return !progress || progress(300 + permille * 7 / 10);
    };
    return run(people, *dismissed, progress ? Progress(scaled) : Progress(), stats);
}

Result<QVector<DuplicateGroup>> DuplicateFinder::run(const QVector<MatchProfile>& people,
                                                     const QSet<quint64>& dismissed, const Progress& progress,
                                                     DuplicateScanStats* stats) const {
    DuplicateScanStats local;
    local.people = people.size();
    const MatchSettings& settings = m_scorer.settings();

    // Block keys, hashed: a collision only adds comparisons, never loses one.
    QHash<size_t, int> blockOf;
    QVector<QVector<int>> blocks;
    QVector<QVector<int>> blocksOfPerson(people.size());
    for (int p = 0; p < people.size(); ++p) {
        for (const QString& key : blockKeys(people[p])) {
            const size_t h = qHash(key, size_t(0x9e3779b97f4a7c15ull));
            auto it = blockOf.constFind(h);
            int block;
            if (it == blockOf.constEnd()) {
                block = int(blocks.size());
                blockOf.insert(h, block);
                blocks.push_back({});
            } else {
                block = *it;
            }
            if (blocks[block].isEmpty() || blocks[block].constLast() != p)
                blocks[block].push_back(p);
        }
        if (progress && p % 5000 == 0 && !progress(int(100LL * p / std::max<qsizetype>(1, people.size()))))
            return cancelled();
    }
    for (int b = 0; b < blocks.size(); ++b) {
        const qsizetype size = blocks[b].size();
        if (size < 2)
            continue;
        if (size > settings.maxBlockSize) {
            ++local.skippedBlocks;
            continue;
        }
        ++local.blocks;
        for (int p : blocks[b])
            blocksOfPerson[p].push_back(b); // ascending, since b ascends
    }

    Components components(people.size());
    QHash<int, QVector<DuplicatePair>> pairsByFirst;
    QHash<int, double> bestScore; ///< by component root: the strongest pair seen in it
    for (int b = 0; b < blocks.size(); ++b) {
        const QVector<int>& members = blocks[b];
        if (members.size() < 2 || members.size() > settings.maxBlockSize)
            continue;
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j) {
                const int p = members[i];
                const int q = members[j];
                if (firstCommon(blocksOfPerson[p], blocksOfPerson[q]) != b)
                    continue; // scored in an earlier block
                if (!dismissed.isEmpty() &&
                    dismissed.contains(DedupeRepository::pairKey(people[p].id, people[q].id)))
                    continue;
                ++local.pairsCompared;
                const PairScore s = m_scorer.score(people[p], people[q]);
                if (s.score < settings.duplicateThreshold)
                    continue;
                ++local.pairsAboveThreshold;
                // Keep the pairs that joined two groups (a spanning set: at most one fewer than the people),
                // so memory stays proportional to the people even when a common name matches hundreds of
                // times.
                const int rp = components.find(p);
                const int rq = components.find(q);
                const double best = std::max({s.score, bestScore.value(rp), bestScore.value(rq)});
                if (rp != rq) {
                    components.join(p, q);
                    bestScore.remove(std::max(rp, rq));
                    pairsByFirst[std::min(p, q)].push_back({people[p].id, people[q].id, s.score, s.evidence});
                }
                bestScore[std::min(rp, rq)] = best;
            }
        }
        if (progress && b % 4096 == 0 &&
            !progress(100 + int(900LL * b / std::max<qsizetype>(1, blocks.size()))))
            return cancelled();
    }

    QHash<int, DuplicateGroup> groups;
    QHash<int, QVector<int>> membersOf;
    for (auto it = pairsByFirst.constBegin(); it != pairsByFirst.constEnd(); ++it) {
        const int root = components.find(it.key());
        DuplicateGroup& g = groups[root];
        g.pairs += it.value();
        g.score = bestScore.value(root);
    }
    for (int p = 0; p < people.size(); ++p) {
        const int root = components.find(p);
        if (groups.contains(root))
            membersOf[root].push_back(p);
    }
    QVector<DuplicateGroup> out;
    out.reserve(groups.size());
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QVector<int> members = membersOf.value(it.key());
        // The suggested survivor: the one with the most history, then the oldest entry.
        std::sort(members.begin(), members.end(), [&people](int x, int y) {
            if (people[x].archived != people[y].archived)
                return !people[x].archived;
            if (people[x].touchpointCount != people[y].touchpointCount)
                return people[x].touchpointCount > people[y].touchpointCount;
            return people[x].id < people[y].id;
        });
        for (int m : members)
            it->members.push_back(member(people[m]));
        std::sort(it->pairs.begin(), it->pairs.end(),
                  [](const DuplicatePair& x, const DuplicatePair& y) { return x.score > y.score; });
        out.push_back(std::move(*it));
    }
    std::sort(out.begin(), out.end(), [](const DuplicateGroup& x, const DuplicateGroup& y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.members.first().personId < y.members.first().personId;
    });
    if (progress && !progress(1000))
        return cancelled();
    if (stats)
        *stats = local;
    return out;
}

} // namespace chorus
