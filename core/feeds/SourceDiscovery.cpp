#include "SourceDiscovery.h"

#include "HtmlEntities.h"

#include <QRegularExpression>

#include <algorithm>

namespace chorus {
namespace {

QString bare(const QString& handle) {
    QString h = handle.trimmed();
    while (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    while (h.endsWith(QLatin1Char('/')))
        h.chop(1);
    return h;
}

QUrl webAddress(const QString& text) {
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("https://"));
    QUrl url(t);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

FeedCandidate candidate(const Identity& identity, const QString& url, const QString& platform,
                        bool isPage = false) {
    return {QUrl(url), QString(), platform, identity.id, isPage};
}

QVector<FeedCandidate> mastodon(const Identity& identity) {
    // "@ada@hachyderm.io", "ada@hachyderm.io" or the profile address "https://hachyderm.io/@ada".
    const QUrl profile = identity.url.isEmpty() ? QUrl() : webAddress(identity.url);
    if (profile.isValid() && profile.path().startsWith(QLatin1String("/@"))) {
        const QString user = profile.path().mid(2).section(QLatin1Char('/'), 0, 0);
        if (!user.isEmpty())
            return {candidate(identity, QStringLiteral("https://%1/@%2.rss").arg(profile.host(), user),
                              QStringLiteral("mastodon"))};
    }
    const QStringList parts = bare(identity.handle).split(QLatin1Char('@'));
    if (parts.size() != 2 || parts[0].isEmpty() || !parts[1].contains(QLatin1Char('.')))
        return {};
    return {candidate(identity, QStringLiteral("https://%1/@%2.rss").arg(parts[1].toLower(), parts[0]),
                      QStringLiteral("mastodon"))};
}

QVector<FeedCandidate> bluesky(const Identity& identity) {
    QString handle = bare(identity.handle);
    const QUrl profile = webAddress(identity.url.isEmpty() ? handle : identity.url);
    if (profile.host() == QLatin1String("bsky.app") && profile.path().startsWith(QLatin1String("/profile/")))
        handle = profile.path().mid(9).section(QLatin1Char('/'), 0, 0);
    if (handle.isEmpty() || handle.contains(QLatin1Char('/')) || handle.contains(QLatin1Char(' ')))
        return {};
    return {candidate(identity, QStringLiteral("https://bsky.app/profile/%1/rss").arg(handle.toLower()),
                      QStringLiteral("bluesky"))};
}

QVector<FeedCandidate> github(const Identity& identity) {
    QString path = bare(identity.handle);
    const QUrl profile = webAddress(identity.url.isEmpty() ? path : identity.url);
    if (profile.host().toLower() == QLatin1String("github.com"))
        path = bare(profile.path());
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 1)
        return {candidate(identity, QStringLiteral("https://github.com/%1.atom").arg(parts[0]),
                          QStringLiteral("github"))};
    if (parts.size() >= 2)
        return {candidate(identity,
                          QStringLiteral("https://github.com/%1/%2/releases.atom").arg(parts[0], parts[1]),
                          QStringLiteral("github"))};
    return {};
}

QVector<FeedCandidate> youtube(const Identity& identity) {
    static const QRegularExpression channelId(QStringLiteral(R"(^UC[A-Za-z0-9_-]{22}$)"));
    const QString handle = bare(identity.handle);
    const QUrl page = webAddress(identity.url.isEmpty() ? QString() : identity.url);
    QString id;
    if (channelId.match(handle).hasMatch())
        id = handle;
    else if (page.path().startsWith(QLatin1String("/channel/")))
        id = page.path().mid(9).section(QLatin1Char('/'), 0, 0);
    if (!id.isEmpty())
        return {candidate(identity,
                          QStringLiteral("https://www.youtube.com/feeds/videos.xml?channel_id=%1").arg(id),
                          QStringLiteral("youtube"))};
    // A channel handle: its page names the feed.
    if (page.isValid() && page.host().endsWith(QLatin1String("youtube.com")))
        return {candidate(identity, page.toString(), QStringLiteral("youtube"), true)};
    if (!handle.isEmpty() && !handle.contains(QLatin1Char('/')))
        return {candidate(identity, QStringLiteral("https://www.youtube.com/@%1").arg(handle),
                          QStringLiteral("youtube"), true)};
    return {};
}

QVector<FeedCandidate> website(const Identity& identity) {
    const QUrl url = webAddress(identity.url.isEmpty() ? identity.handle : identity.url);
    if (!url.isValid())
        return {};
    return {candidate(identity, url.toString(), QStringLiteral("blog"), !looksLikeFeedUrl(url))};
}

QString attributeValue(const QString& tag, const QString& name) {
    const QRegularExpression re(
        QStringLiteral(R"re((?:^|\s)%1\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(tag);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (m.capturedStart(i) >= 0)
            return decodeHtmlEntities(m.captured(i)).trimmed();
    }
    return {};
}

} // namespace

QVector<FeedCandidate> feedsForIdentity(const Identity& identity) {
    const QString platform = identity.platform.toLower();
    if (platform == QLatin1String("mastodon"))
        return mastodon(identity);
    if (platform == QLatin1String("bluesky"))
        return bluesky(identity);
    if (platform == QLatin1String("github"))
        return github(identity);
    if (platform == QLatin1String("youtube"))
        return youtube(identity);
    if (platform == QLatin1String("blog") || platform == QLatin1String("website"))
        return website(identity);
    return {};
}

QVector<FeedCandidate> feedLinksInHtml(const QByteArray& html, const QUrl& pageUrl) {
    const QString text = QString::fromUtf8(html);
    QUrl base = pageUrl;
    static const QRegularExpression baseTag(QStringLiteral(R"(<base\s[^>]*>)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = baseTag.match(text); m.hasMatch()) {
        const QString href = attributeValue(m.captured(0).mid(5), QStringLiteral("href"));
        if (!href.isEmpty())
            base = pageUrl.resolved(QUrl(href));
    }
    static const QRegularExpression linkTag(QStringLiteral(R"(<link\s([^>]*)>)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QStringList feedTypes{QStringLiteral("application/rss+xml"),
                                       QStringLiteral("application/atom+xml"),
                                       QStringLiteral("application/rdf+xml")};
    QVector<FeedCandidate> out;
    for (auto it = linkTag.globalMatch(text); it.hasNext();) {
        const QString attributes = QLatin1Char(' ') + it.next().captured(1);
        const QStringList rel =
            attributeValue(attributes, QStringLiteral("rel")).toLower().split(QLatin1Char(' '));
        const QString type =
            attributeValue(attributes, QStringLiteral("type")).toLower().section(QLatin1Char(';'), 0, 0);
        if (!rel.contains(QLatin1String("alternate")) || !feedTypes.contains(type.trimmed()))
            continue;
        const QUrl url = base.resolved(QUrl(attributeValue(attributes, QStringLiteral("href"))));
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            continue;
        const bool seen =
            std::any_of(out.cbegin(), out.cend(), [&](const FeedCandidate& c) { return c.url == url; });
        if (!seen)
            out.push_back({url, attributeValue(attributes, QStringLiteral("title")), platformForFeedUrl(url),
                           0, false});
    }
    return out;
}

QString platformForFeedUrl(const QUrl& url) {
    const QString host = url.host().toLower();
    const QString path = url.path();
    if (host == QLatin1String("bsky.app"))
        return QStringLiteral("bluesky");
    if (host == QLatin1String("github.com"))
        return QStringLiteral("github");
    if (host == QLatin1String("youtube.com") || host.endsWith(QLatin1String(".youtube.com")))
        return QStringLiteral("youtube");
    if (path.startsWith(QLatin1String("/@")) && path.endsWith(QLatin1String(".rss")))
        return QStringLiteral("mastodon");
    return QStringLiteral("blog");
}

bool looksLikeFeedUrl(const QUrl& url) {
    static const QRegularExpression feedPath(
        QStringLiteral(R"((\.(rss|atom|xml|rdf)$)|(/(feed|rss|atom)(\.\w+)?/?$)|(/feeds?/))"),
        QRegularExpression::CaseInsensitiveOption);
    return feedPath.match(url.path()).hasMatch() || url.query().contains(QLatin1String("feed"));
}

} // namespace chorus
