#include "MatchEvidence.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Dedupe)
};
} // namespace

QString matchReasonKey(MatchReason reason) {
    switch (reason) {
    case MatchReason::SameEmail:
        return QStringLiteral("same-email");
    case MatchReason::SameHandle:
        return QStringLiteral("same-handle");
    case MatchReason::SamePhone:
        return QStringLiteral("same-phone");
    case MatchReason::SameName:
        return QStringLiteral("same-name");
    case MatchReason::ReorderedName:
        return QStringLiteral("reordered-name");
    case MatchReason::Initials:
        return QStringLiteral("initials");
    case MatchReason::Nickname:
        return QStringLiteral("nickname");
    case MatchReason::SimilarName:
        return QStringLiteral("similar-name");
    case MatchReason::OtherScript:
        return QStringLiteral("other-script");
    case MatchReason::SameOrganisation:
        return QStringLiteral("same-organisation");
    case MatchReason::DifferentOrganisation:
        return QStringLiteral("different-organisation");
    case MatchReason::NamesDiffer:
        return QStringLiteral("names-differ");
    }
    return {};
}

QString describeEvidence(const MatchEvidence& e) {
    switch (e.reason) {
    case MatchReason::SameEmail:
        return Tr::tr("same email %1").arg(e.detail);
    case MatchReason::SameHandle:
        return Tr::tr("same handle %1").arg(e.detail);
    case MatchReason::SamePhone:
        return Tr::tr("same phone number %1").arg(e.detail);
    case MatchReason::SameName:
        return Tr::tr("same name");
    case MatchReason::ReorderedName:
        return Tr::tr("same name in another order");
    case MatchReason::Initials:
        return Tr::tr("name matches with initials");
    case MatchReason::Nickname:
        return Tr::tr("name matches with a short form");
    case MatchReason::SimilarName:
        return Tr::tr("similar name");
    case MatchReason::OtherScript:
        return Tr::tr("same name written in another script");
    case MatchReason::SameOrganisation:
        return Tr::tr("at the same organisation (%1)").arg(e.detail);
    case MatchReason::DifferentOrganisation:
        return Tr::tr("at different organisations (%1)").arg(e.detail);
    case MatchReason::NamesDiffer:
        return Tr::tr("but the names differ");
    }
    return {};
}

QString describeEvidence(const QVector<MatchEvidence>& evidence) {
    QStringList parts;
    for (const MatchEvidence& e : evidence)
        parts << describeEvidence(e);
    return parts.join(QStringLiteral("; "));
}

QStringList matchReasonKeys(const QVector<MatchEvidence>& evidence) {
    QStringList keys;
    for (const MatchEvidence& e : evidence)
        keys << matchReasonKey(e.reason);
    return keys;
}

} // namespace chorus
