#include "MatchScorer.h"

#include "NameComparison.h"
#include "model/Identity.h"

#include <algorithm>

namespace chorus {
namespace {
MatchReason nameReason(NameMatch kind) {
    switch (kind) {
    case NameMatch::Same:
        return MatchReason::SameName;
    case NameMatch::Reordered:
        return MatchReason::ReorderedName;
    case NameMatch::Initials:
        return MatchReason::Initials;
    case NameMatch::Nickname:
        return MatchReason::Nickname;
    case NameMatch::OtherScript:
        return MatchReason::OtherScript;
    case NameMatch::Similar:
    case NameMatch::None:
        break;
    }
    return MatchReason::SimilarName;
}

/// Addresses a whole team reads: sharing one says little about being one person.
bool isRoleAddress(const QString& key) {
    static const QStringList roles{
        QStringLiteral("info"),    QStringLiteral("contact"),  QStringLiteral("hello"),
        QStringLiteral("team"),    QStringLiteral("office"),   QStringLiteral("admin"),
        QStringLiteral("support"), QStringLiteral("sales"),    QStringLiteral("press"),
        QStringLiteral("jobs"),    QStringLiteral("hr"),       QStringLiteral("mail"),
        QStringLiteral("noreply"), QStringLiteral("no-reply"), QStringLiteral("events"),
        QStringLiteral("devrel")};
    return roles.contains(key.section(QLatin1Char('@'), 0, 0));
}

struct IdentityMatch {
    double value = 0.0;
    bool roleAddress = false;
};

/// The strongest shared identity: the same email is near proof, the same handle on the same platform almost,
/// the same handle on two platforms likely (people reuse handles).
IdentityMatch identityEvidence(const MatchProfile& a, const MatchProfile& b,
                               QVector<MatchEvidence>& evidence) {
    IdentityMatch best;
    for (const IdentityKey& x : a.identities) {
        if (x.key.size() < 3)
            continue;
        for (const IdentityKey& y : b.identities) {
            if (x.key != y.key)
                continue;
            double value = 0.0;
            MatchEvidence e;
            const bool samePlatform = x.platform == y.platform;
            const bool role = samePlatform && x.platform == QLatin1String("email") && isRoleAddress(x.key);
            if (samePlatform && x.platform == QLatin1String("email")) {
                value = role ? 0.75 : 0.95;
                e = {MatchReason::SameEmail, y.handle};
            } else if (samePlatform && x.platform == QLatin1String("phone")) {
                value = 0.9;
                e = {MatchReason::SamePhone, y.handle};
            } else if (samePlatform) {
                value = 0.92;
                e = {MatchReason::SameHandle,
                     QStringLiteral("%1: %2").arg(platformLabel(y.platform), y.handle)};
            } else {
                value = 0.8;
                e = {MatchReason::SameHandle,
                     QStringLiteral("%1 (%2, %3)")
                         .arg(y.handle, platformLabel(x.platform), platformLabel(y.platform))};
            }
            if (evidence.size() < 2 && !evidence.contains(e))
                evidence.push_back(e);
            if (value > best.value)
                best = {value, role};
        }
    }
    return best;
}
} // namespace

PairScore MatchScorer::score(const MatchProfile& a, const MatchProfile& b, bool aIsBeingTyped) const {
    PairScore out;
    const IdentityMatch shared = identityEvidence(a, b, out.evidence);
    double identity = shared.value;
    const NameComparison name = compareNames(a.normalized, b.normalized, aIsBeingTyped);
    if (identity > 0.0 && name.score < 0.5) {
        // Different names behind one address: a name change, or a shared inbox. Still shown, with the doubt
        // said.
        identity -= shared.roleAddress ? 0.25 : 0.15;
        out.evidence.push_back({MatchReason::NamesDiffer, {}});
    }

    enum class Org { Unknown, Same, Different } org = Org::Unknown;
    if (!a.organisationKey.isEmpty() && !b.organisationKey.isEmpty())
        org = a.organisationKey == b.organisationKey ? Org::Same : Org::Different;

    double byName = 0.0;
    if (name.score >= m_settings.similarName) {
        // The same name at the same organisation is very likely one person; with an organisation unknown,
        // likely; at two different organisations it may be a namesake (or someone who changed jobs).
        const double factor = org == Org::Same ? 0.98 : org == Org::Unknown ? 0.86 : 0.70;
        byName = name.score * factor;
        out.evidence.push_back({nameReason(name.kind), {}});
        if (org == Org::Same)
            out.evidence.push_back({MatchReason::SameOrganisation, b.organisation});
        else if (org == Org::Different)
            out.evidence.push_back({MatchReason::DifferentOrganisation,
                                    QStringLiteral("%1 / %2").arg(a.organisation, b.organisation)});
    } else if (identity > 0.0 && org == Org::Same) {
        out.evidence.push_back({MatchReason::SameOrganisation, b.organisation});
    }
    out.score = 1.0 - (1.0 - std::clamp(identity, 0.0, 1.0)) * (1.0 - byName);
    if (out.score <= 0.0)
        out.evidence.clear();
    return out;
}

} // namespace chorus
