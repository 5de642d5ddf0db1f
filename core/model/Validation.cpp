#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};
} // namespace

bool looksLikeEmail(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^[^\s@<>()\[\],;:"]+@[^\s@<>()\[\],;:"]+\.[^\s@<>()\[\],;:"]+$)"));
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        t = t.mid(7);
    return re.match(t).hasMatch();
}

bool isValidWebUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

Status validateIdentity(const Identity& identity) {
    if (identity.platform.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Identity: choose a platform."));
    if (identity.handle.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Identity on %1: the handle is empty.").arg(identity.platform));
    if (identity.platform == QLatin1String("email") && !looksLikeEmail(identity.handle))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Email: \"%1\" is not an email address.").arg(identity.handle));
    const bool handleIsUrl =
        identity.platform == QLatin1String("website") || identity.platform == QLatin1String("blog");
    if (handleIsUrl && !isValidWebUrl(identity.handle))
        return makeError(ErrorCode::Invalid, Tr::tr("%1: \"%2\" is not a web address (http:// or https://).")
                                                 .arg(platformLabel(identity.platform), identity.handle));
    if (!identity.url.trimmed().isEmpty() && !isValidWebUrl(identity.url))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("%1 link: \"%2\" is not a web address (http:// or https://).")
                             .arg(platformLabel(identity.platform), identity.url));
    return {};
}

Status validatePerson(const Person& person) {
    if (person.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Name: a person needs a name."));
    if (person.reach && *person.reach < 0)
        return makeError(ErrorCode::Invalid, Tr::tr("Reach: the audience size cannot be negative."));
    QSet<QString> seen;
    for (const Identity& identity : person.identities) {
        if (auto st = validateIdentity(identity); !st)
            return st;
        const QString key =
            identity.platform + QLatin1Char('\n') + normalizedHandle(identity.platform, identity.handle);
        if (seen.contains(key))
            return makeError(
                ErrorCode::Conflict,
                Tr::tr("%1: \"%2\" is listed twice.").arg(platformLabel(identity.platform), identity.handle));
        seen.insert(key);
    }
    for (const PersonTopic& topic : person.topics) {
        if (topic.name.trimmed().isEmpty() && topic.topicId == 0)
            return makeError(ErrorCode::Invalid, Tr::tr("Topics: a topic needs a name."));
        if (topic.weight < 0.0 || topic.weight > 1.0)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("Topics: the weight of \"%1\" must be between 0 and 1.").arg(topic.name));
    }
    return {};
}

} // namespace chorus
