#include "FeedParser.h"

#include "FeedDate.h"
#include "HtmlEntities.h"
#include "HtmlToText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QXmlStreamReader>

namespace chorus {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Feeds)
};

const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kRss1 = QStringLiteral("http://purl.org/rss/1.0/");
const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kContent = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kMedia = QStringLiteral("http://search.yahoo.com/mrss/");
const QString kItunes = QStringLiteral("http://www.itunes.com/dtds/podcast-1.0.dtd");
const QString kXml = QStringLiteral("http://www.w3.org/XML/1998/namespace");

constexpr int kMaxTitle = 120;

/// What one item says, before it is turned into a FeedItem. Texts are plain already.
struct RawItem {
    QUrl base;
    QString guid;
    bool guidIsPermaLink = true;
    QString about; ///< RSS 1.0 rdf:about
    QString title;
    QString link;
    QString description;
    QString content;
    QString mediaDescription;
    QString published;
    QString updated;
    QString author;
    QString enclosure;
};

/// Only web addresses become links: "javascript:", "data:" and the like are dropped.
QUrl webUrl(const QUrl& base, const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QUrl url = base.resolved(QUrl(t));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

/// An RSS title is plain text in most feeds and escaped HTML in some.
QString plainTitle(const QString& text) {
    if (looksLikeHtml(text))
        return htmlToPlainText(text).simplified();
    return decodeHtmlEntities(text).simplified();
}

class Reader final {
public:
    Reader(const QByteArray& data, const QUrl& url)
        : m_xml(data)
        , m_url(url) {
        m_xml.setEntityResolver(&m_resolver);
    }

    Result<Feed> run();

private:
    Error xmlError() const {
        return makeError(ErrorCode::Invalid,
                         Tr::tr("the feed is not well-formed XML at line %1, column %2: %3")
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.columnNumber())
                             .arg(m_xml.errorString()));
    }
    QUrl baseFor(const QUrl& parent) const {
        const QString base = m_xml.attributes().value(kXml, QStringLiteral("base")).toString().trimmed();
        return base.isEmpty() ? parent : parent.resolved(QUrl(base));
    }
    QString attribute(const char* name) const {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }
    bool is(const QString& ns, const char* name) const {
        return m_xml.namespaceUri() == ns && m_xml.name() == QLatin1String(name);
    }
    bool isRss(const char* name) const {
        return (m_xml.namespaceUri().isEmpty() || m_xml.namespaceUri() == kRss1) &&
               m_xml.name() == QLatin1String(name);
    }
    bool isAtom(const char* name) const {
        return (m_xml.namespaceUri() == kAtom || m_xml.namespaceUri().isEmpty()) &&
               m_xml.name() == QLatin1String(name);
    }
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }
    QString html() { return htmlToPlainText(text()); }
    QString atomText();
    QString xhtmlMarkup();

    void readRssChannel(const QUrl& base);
    void readRssItem(const QUrl& base);
    void readAtomFeed(const QUrl& base);
    void readAtomEntry(const QUrl& base);
    void readMediaGroup(RawItem& raw);
    void finish(const RawItem& raw);

    QXmlStreamReader m_xml;
    HtmlEntityResolver m_resolver;
    QUrl m_url;
    Feed m_feed;
};

Result<Feed> Reader::run() {
    if (!m_xml.readNextStartElement()) {
        if (m_xml.hasError())
            return xmlError();
        return makeError(ErrorCode::Invalid, Tr::tr("the feed is empty"));
    }
    const QUrl base = baseFor(m_url);
    if (m_xml.name() == QLatin1String("rss")) {
        m_feed.format = FeedFormat::Rss;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("channel"))
                readRssChannel(baseFor(base));
            else
                m_xml.skipCurrentElement();
        }
    } else if (is(kRdf, "RDF")) {
        m_feed.format = FeedFormat::Rdf;
        while (m_xml.readNextStartElement()) {
            if (isRss("channel"))
                readRssChannel(baseFor(base));
            else if (isRss("item"))
                readRssItem(baseFor(base));
            else
                m_xml.skipCurrentElement();
        }
    } else if (isAtom("feed")) {
        m_feed.format = FeedFormat::Atom;
        readAtomFeed(base);
    } else {
        return makeError(ErrorCode::Invalid,
                         Tr::tr("this is not an RSS or Atom feed: the document starts with <%1> at line %2")
                             .arg(m_xml.qualifiedName().toString())
                             .arg(m_xml.lineNumber()));
    }
    while (!m_xml.atEnd() && !m_xml.hasError())
        m_xml.readNext();
    if (m_xml.hasError()) // also a document that stops in the middle: a truncated download
        return xmlError();
    return m_feed;
}

void Reader::readRssChannel(const QUrl& base) {
    while (m_xml.readNextStartElement()) {
        if (isRss("title"))
            m_feed.title = plainTitle(text());
        else if (isRss("link"))
            m_feed.link = webUrl(base, text());
        else if (isRss("item"))
            readRssItem(baseFor(base));
        else
            m_xml.skipCurrentElement();
    }
}

void Reader::readRssItem(const QUrl& base) {
    RawItem raw;
    raw.base = base;
    raw.about = m_xml.attributes().value(kRdf, QStringLiteral("about")).toString();
    while (m_xml.readNextStartElement()) {
        if (is(kContent, "encoded")) {
            raw.content = html();
        } else if (is(kDc, "date")) {
            if (raw.published.isEmpty())
                raw.published = text();
        } else if (is(kDc, "creator")) {
            raw.author = text().simplified();
        } else if (is(kItunes, "summary")) {
            raw.mediaDescription = text().trimmed();
        } else if (is(kMedia, "description")) {
            raw.mediaDescription = html();
        } else if (is(kMedia, "group")) {
            readMediaGroup(raw);
        } else if (is(kAtom, "link")) {
            const QString rel = attribute("rel");
            if (raw.link.isEmpty() && (rel.isEmpty() || rel == QLatin1String("alternate")))
                raw.link = attribute("href");
            m_xml.skipCurrentElement();
        } else if (isRss("title")) {
            raw.title = plainTitle(text());
        } else if (isRss("link")) {
            raw.link = text();
        } else if (isRss("description")) {
            raw.description = html();
        } else if (isRss("guid")) {
            raw.guidIsPermaLink = attribute("isPermaLink").trimmed().toLower() != QLatin1String("false");
            raw.guid = text().trimmed();
        } else if (isRss("pubDate")) {
            raw.published = text();
        } else if (isRss("author")) {
            if (raw.author.isEmpty())
                raw.author = text().simplified();
        } else if (isRss("enclosure")) {
            raw.enclosure = attribute("url");
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    finish(raw);
}

void Reader::readMediaGroup(RawItem& raw) {
    while (m_xml.readNextStartElement()) {
        if (is(kMedia, "description"))
            raw.mediaDescription = text().trimmed(); // YouTube: plain text with line breaks
        else if (is(kMedia, "title") && raw.title.isEmpty())
            raw.title = text().simplified();
        else
            m_xml.skipCurrentElement();
    }
}

QString Reader::atomText() {
    const QString type = attribute("type").trimmed().toLower();
    if (type == QLatin1String("html") || type == QLatin1String("text/html"))
        return html();
    if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml"))
        return htmlToPlainText(xhtmlMarkup());
    return text().trimmed();
}

/// The markup inside an xhtml text construct, written back out so htmlToPlainText() can reduce it.
QString Reader::xhtmlMarkup() {
    QString out;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            out += QLatin1Char('<') + m_xml.name().toString() + QLatin1Char('>');
            break;
        case QXmlStreamReader::EndElement:
            if (--depth > 0)
                out += QStringLiteral("</") + m_xml.name().toString() + QLatin1Char('>');
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            out += m_xml.text().toString().toHtmlEscaped();
            break;
        default:
            break;
        }
    }
    return out;
}

void Reader::readAtomFeed(const QUrl& base) {
    while (m_xml.readNextStartElement()) {
        if (isAtom("title")) {
            m_feed.title = atomText().simplified();
        } else if (isAtom("link")) {
            const QString rel = attribute("rel");
            if (rel.isEmpty() || rel == QLatin1String("alternate"))
                m_feed.link = webUrl(baseFor(base), attribute("href"));
            m_xml.skipCurrentElement();
        } else if (isAtom("entry")) {
            readAtomEntry(baseFor(base));
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

void Reader::readAtomEntry(const QUrl& base) {
    RawItem raw;
    raw.base = base;
    QString alternateType;
    while (m_xml.readNextStartElement()) {
        if (isAtom("id")) {
            raw.guid = text().trimmed();
            raw.guidIsPermaLink = false;
        } else if (isAtom("title")) {
            raw.title = atomText().simplified();
        } else if (isAtom("link")) {
            const QString rel = attribute("rel").isEmpty() ? QStringLiteral("alternate") : attribute("rel");
            const QString href = baseFor(base).resolved(QUrl(attribute("href").trimmed())).toString();
            const QString type = attribute("type");
            // Prefer the HTML page when an entry offers several alternates.
            if (rel == QLatin1String("alternate") &&
                (raw.link.isEmpty() ||
                 (type == QLatin1String("text/html") && alternateType != QLatin1String("text/html")))) {
                raw.link = href;
                alternateType = type;
            } else if (rel == QLatin1String("enclosure") && raw.enclosure.isEmpty()) {
                raw.enclosure = href;
            }
            m_xml.skipCurrentElement();
        } else if (isAtom("published")) {
            raw.published = text();
        } else if (isAtom("updated")) {
            raw.updated = text();
        } else if (isAtom("summary")) {
            raw.description = atomText();
        } else if (isAtom("content")) {
            if (attribute("src").isEmpty())
                raw.content = atomText();
            else
                m_xml.skipCurrentElement();
        } else if (isAtom("author")) {
            while (m_xml.readNextStartElement()) {
                if (isAtom("name") && raw.author.isEmpty())
                    raw.author = text().simplified();
                else
                    m_xml.skipCurrentElement();
            }
        } else if (is(kMedia, "group")) {
            readMediaGroup(raw);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    finish(raw);
}

void Reader::finish(const RawItem& raw) {
    if (m_xml.hasError())
        return; // the whole feed is reported as malformed
    const int number = int(m_feed.items.size()) + 1;
    FeedItem item;
    item.url = webUrl(raw.base, raw.link);
    if (item.url.isEmpty() && raw.guidIsPermaLink)
        item.url = webUrl(raw.base, raw.guid);
    if (item.url.isEmpty())
        item.url = webUrl(raw.base, raw.about);
    item.enclosure = webUrl(raw.base, raw.enclosure);
    item.author = raw.author;

    for (const QString& candidate : {raw.description, raw.content, raw.mediaDescription}) {
        if (!candidate.trimmed().isEmpty()) {
            item.summary = elideText(candidate.trimmed(), FeedItem::maxSummary);
            break;
        }
    }
    item.title = raw.title;
    if (item.title.isEmpty()) // Mastodon and Bluesky posts have no title: their first words stand for one
        item.title = elideText(item.summary.section(QLatin1Char('\n'), 0, 0).simplified(), kMaxTitle);
    if (item.title.isEmpty())
        item.title = item.url.isEmpty() ? Tr::tr("Untitled item") : item.url.toString();

    auto readDate = [&](const QString& text, const char* field) {
        if (text.trimmed().isEmpty())
            return QDateTime();
        if (auto at = parseFeedDate(text))
            return *at;
        m_feed.warnings << Tr::tr("item %1 (%2): %3 \"%4\" is not a date")
                               .arg(number)
                               .arg(item.title, QLatin1String(field), text.simplified());
        return QDateTime();
    };
    item.published = readDate(raw.published, "published");
    item.updated = readDate(raw.updated, "updated");
    if (!item.published.isValid())
        item.published = item.updated;

    item.guid = raw.guid;
    if (item.guid.isEmpty())
        item.guid = raw.about.trimmed();
    if (item.guid.isEmpty())
        item.guid = item.url.toString();
    if (item.guid.isEmpty()) {
        // Nothing identifies the item: its content does, so a refresh does not add it again.
        const QByteArray key =
            (item.title + QLatin1Char('\n') + raw.published + QLatin1Char('\n') + item.summary).toUtf8();
        item.guid = QStringLiteral("sha1:") +
                    QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    }
    m_feed.items.push_back(item);
}

} // namespace

Result<Feed> FeedParser::parse(const QByteArray& data, const QUrl& feedUrl) {
    Reader reader(data, feedUrl);
    return reader.run();
}

} // namespace chorus
