#include "Identity.h"

#include <QCoreApplication>

namespace chorus {

QStringList knownPlatforms() {
    return {QStringLiteral("email"), QStringLiteral("mastodon"), QStringLiteral("bluesky"),
            QStringLiteral("x"),     QStringLiteral("linkedin"), QStringLiteral("github"),
            QStringLiteral("blog"),  QStringLiteral("website"),  QStringLiteral("youtube"),
            QStringLiteral("phone"), QStringLiteral("other")};
}

QString platformLabel(const QString& platform) {
    if (platform == QLatin1String("email"))
        return QCoreApplication::translate("Platform", "Email");
    if (platform == QLatin1String("mastodon"))
        return QCoreApplication::translate("Platform", "Mastodon");
    if (platform == QLatin1String("bluesky"))
        return QCoreApplication::translate("Platform", "Bluesky");
    if (platform == QLatin1String("x"))
        return QCoreApplication::translate("Platform", "X");
    if (platform == QLatin1String("linkedin"))
        return QCoreApplication::translate("Platform", "LinkedIn");
    if (platform == QLatin1String("github"))
        return QCoreApplication::translate("Platform", "GitHub");
    if (platform == QLatin1String("blog"))
        return QCoreApplication::translate("Platform", "Blog");
    if (platform == QLatin1String("website"))
        return QCoreApplication::translate("Platform", "Website");
    if (platform == QLatin1String("youtube"))
        return QCoreApplication::translate("Platform", "YouTube");
    if (platform == QLatin1String("phone"))
        return QCoreApplication::translate("Platform", "Phone");
    if (platform == QLatin1String("forum"))
        return QCoreApplication::translate("Platform", "Forum");
    if (platform == QLatin1String("other"))
        return QCoreApplication::translate("Platform", "Other");
    return platform;
}

QString normalizedHandle(const QString& platform, const QString& handle) {
    QString h = handle.trimmed().toLower();
    if (platform == QLatin1String("email") && h.startsWith(QLatin1String("mailto:")))
        h = h.mid(7);
    if (platform == QLatin1String("phone")) {
        QString digits;
        for (QChar c : h) {
            if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
                digits.append(c);
        }
        return digits;
    }
    while (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    while (h.endsWith(QLatin1Char('/')))
        h.chop(1);
    return h;
}

} // namespace chorus
