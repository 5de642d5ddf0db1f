#pragma once

#include "Database.h"
#include "model/Ids.h"
#include "util/Clock.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace chorus {

/// One identity key of a person, as matching compares them (the normalised handle, see normalizedHandle()).
struct IdentityKey {
    QString platform;
    QString key;
    QString handle; ///< as stored, for explanations
};

/// What the duplicate matcher needs to know about one stored person.
struct MatchRow {
    Id id = 0;
    QString name;
    QString organisation;
    QString stance; ///< the stored key
    bool archived = false;
    int touchpointCount = 0;
    QVector<IdentityKey> identities;
};

/// The SQL behind duplicate matching: candidate retrieval for one incoming person, the whole-workspace read
/// for a scan, and the pairs the user said are different people.
class DedupeRepository final {
public:
    DedupeRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    /// People (not the user's own row) holding any of these normalised handle keys, on any platform.
    Result<QVector<Id>> idsWithIdentityKeys(const QStringList& keys, int cap) const;
    /// People whose name has a word starting with any of these prefixes (full-text index; diacritics and case
    /// ignored), best matches first.
    Result<QVector<Id>> idsWithNamePrefixes(const QStringList& prefixes, int cap) const;
    /// People at exactly this organisation (case-insensitive) with a name word starting with one of these
    /// letters.
    Result<QVector<Id>> idsInOrganisation(const QString& organisation, const QStringList& initials,
                                          int cap) const;
    /// Rows for these ids, with identities (unknown ids and the user's own row are skipped).
    Result<QVector<MatchRow>> rows(const QVector<Id>& ids) const;
    /// Every person but the user's own row, with identities, for a whole-workspace scan.
    /// `visit` returns false to stop (the result is then Cancelled).
    Status forEachRow(const std::function<bool(const MatchRow&)>& visit) const;
    Result<int> personCount() const;

    /// Pairs the user said are not the same person, as pairKey(a, b).
    Result<QSet<quint64>> notDuplicatePairs() const;
    Status markNotDuplicates(Id a, Id b);
    Status unmarkNotDuplicates(Id a, Id b);

    static quint64 pairKey(Id a, Id b);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus
