#include "MatchEvidence.h"

#include <QCoreApplication>

namespace chorus {
namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Dedupe", text);
}
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
        return tr("same email %1").arg(e.detail);
    case MatchReason::SameHandle:
        return tr("same handle %1").arg(e.detail);
    case MatchReason::SamePhone:
        return tr("same phone number %1").arg(e.detail);
    case MatchReason::SameName:
        return tr("same name");
    case MatchReason::ReorderedName:
        return tr("same name in another order");
    case MatchReason::Initials:
        return tr("name matches with initials");
    case MatchReason::Nickname:
        return tr("name matches with a short form");
    case MatchReason::SimilarName:
        return tr("similar name");
    case MatchReason::OtherScript:
        return tr("same name written in another script");
    case MatchReason::SameOrganisation:
        return tr("at the same organisation (%1)").arg(e.detail);
    case MatchReason::DifferentOrganisation:
        return tr("at different organisations (%1)").arg(e.detail);
    case MatchReason::NamesDiffer:
        return tr("but the names differ");
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
