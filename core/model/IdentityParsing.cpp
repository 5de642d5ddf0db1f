#include "IdentityParsing.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Identity)
};

/// "https://github.com/ada" → github "ada", and the other sites people paste profile links of.
std::optional<Identity> fromWebAddress(const QString& text) {
    QString t = text;
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("https://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')))
        return std::nullopt;
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    const QStringList path = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString first = path.value(0);
    const QString link = url.toString();
    if (host == QLatin1String("github.com") && !first.isEmpty())
        return Identity{0, 0, QStringLiteral("github"), first, link};
    if ((host == QLatin1String("x.com") || host == QLatin1String("twitter.com")) && !first.isEmpty())
        return Identity{0, 0, QStringLiteral("x"), QLatin1Char('@') + first, link};
    if (host == QLatin1String("linkedin.com") && path.size() >= 2 && first == QLatin1String("in"))
        return Identity{0, 0, QStringLiteral("linkedin"), path.at(1), link};
    if (host == QLatin1String("bsky.app") && path.size() >= 2 && first == QLatin1String("profile"))
        return Identity{0, 0, QStringLiteral("bluesky"), path.at(1), link};
    if (host == QLatin1String("youtube.com") && !first.isEmpty())
        return Identity{0, 0, QStringLiteral("youtube"), first, link};
    if (first.startsWith(QLatin1Char('@')) && first.size() > 1 && path.size() == 1) // a Mastodon profile
        return Identity{0, 0, QStringLiteral("mastodon"), first + QLatin1Char('@') + host, link};
    if (!text.contains(QLatin1String("://")) && !text.contains(QLatin1Char('/')))
        return std::nullopt; // "ada.example" alone is too vague to call a website
    return Identity{0, 0, QStringLiteral("website"), link, {}};
}
} // namespace

Result<Identity> parseIdentityText(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Handle: nothing was typed."));
    Identity identity;
    // A profile link (what LinkedIn and most exports hold) can only be read as a web address: skip the
    // patterns.
    if ((text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
         text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) &&
        !text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char(' '))) {
        if (const auto web = fromWebAddress(text)) {
            if (auto st = validateIdentity(*web); !st)
                return st.error();
            return *web;
        }
    }
    static const QRegularExpression prefixed(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(\S.*)$)"));
    static const QRegularExpression mastodon(QStringLiteral(R"(^@[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    static const QRegularExpression bluesky(QStringLiteral(R"(^@?[A-Za-z0-9.-]+\.bsky\.social$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9][0-9 ().-]{5,}[0-9]$)"));
    const auto p = prefixed.match(text);
    const QString scheme = p.hasMatch() ? p.captured(1).toLower() : QString();
    if (p.hasMatch() && scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("mailto")) {
        identity.platform = scheme;
        identity.handle = p.captured(2).trimmed();
    } else if (looksLikeEmail(text)) {
        identity.platform = QStringLiteral("email");
        identity.handle = text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? text.mid(7) : text;
    } else if (mastodon.match(text).hasMatch()) {
        identity.platform = QStringLiteral("mastodon");
        identity.handle = text;
    } else if (bluesky.match(text).hasMatch()) {
        identity.platform = QStringLiteral("bluesky");
        identity.handle = text.startsWith(QLatin1Char('@')) ? text.mid(1) : text;
    } else if (phone.match(text).hasMatch()) {
        identity.platform = QStringLiteral("phone");
        identity.handle = text;
    } else if (const auto web = fromWebAddress(text)) {
        identity = *web;
    } else if (!text.contains(QLatin1Char(' '))) {
        identity.platform = QStringLiteral("other");
        identity.handle = text;
    } else {
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Handle: \"%1\" is not a handle, address or profile link.").arg(text));
    }
    if (auto st = validateIdentity(identity); !st)
        return st.error();
    return identity;
}

Result<QVector<Identity>> parseIdentityList(const QString& text) {
    static const QRegularExpression separators(QStringLiteral(R"([,;\n]+)"));
    QVector<Identity> out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        auto identity = parseIdentityText(part);
        if (!identity)
            return identity.error();
        out.push_back(*identity);
    }
    return out;
}

} // namespace chorus
