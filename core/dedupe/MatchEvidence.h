#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace chorus {

/// Why two people look like the same person (or, for the last two, what weighs against it).
enum class MatchReason {
    SameEmail,             ///< detail: the address
    SameHandle,            ///< detail: "GitHub: ada"
    SamePhone,             ///< detail: the number
    SameName,              ///< accents, case, punctuation aside
    ReorderedName,         ///< "Li Wei" / "Wei Li"
    Initials,              ///< "A. Lovelace" / "Ada Lovelace"
    Nickname,              ///< "Bob" / "Robert"
    SimilarName,           ///< close spelling
    OtherScript,           ///< "王伟" / "Wang Wei"
    SameOrganisation,      ///< detail: the organisation
    DifferentOrganisation, ///< detail: "Acme / Globex"
    NamesDiffer,           ///< a shared handle or address, but the names do not match (a shared inbox?)
};

struct MatchEvidence {
    MatchReason reason = MatchReason::SameName;
    QString detail;

    bool operator==(const MatchEvidence&) const = default;
};

/// Stable key for JSON and tests: "same-email", "similar-name", "same-organisation"…
QString matchReasonKey(MatchReason reason);
/// One translated phrase: "same email ada@example.org", "similar name at the same organisation".
QString describeEvidence(const MatchEvidence& evidence);
/// The phrases joined into one sentence fragment: "same email ada@example.org; same name".
QString describeEvidence(const QVector<MatchEvidence>& evidence);
QStringList matchReasonKeys(const QVector<MatchEvidence>& evidence);

} // namespace chorus
