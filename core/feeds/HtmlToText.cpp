#include "HtmlToText.h"

#include "HtmlEntities.h"

#include <QRegularExpression>
#include <QSet>

namespace chorus {
namespace {

bool isBlock(const QString& tag) {
    static const QSet<QString> blocks{
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("br"),
        QStringLiteral("li"),      QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("h1"),      QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("tr"),      QStringLiteral("table"),      QStringLiteral("blockquote"),
        QStringLiteral("pre"),     QStringLiteral("hr"),         QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"),     QStringLiteral("footer"),
        QStringLiteral("dd"),      QStringLiteral("dt"),         QStringLiteral("dl"),
        QStringLiteral("figure"),  QStringLiteral("figcaption"), QStringLiteral("aside"),
        QStringLiteral("details"), QStringLiteral("summary"),    QStringLiteral("main")};
    return blocks.contains(tag);
}

/// Elements whose content is not text for a reader.
bool isSkipped(const QString& tag) {
    static const QSet<QString> skipped{
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("head"),
        QStringLiteral("noscript"), QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("template"), QStringLiteral("svg"),    QStringLiteral("math"),
        QStringLiteral("textarea"), QStringLiteral("select"), QStringLiteral("video"),
        QStringLiteral("audio"),    QStringLiteral("canvas")};
    return skipped.contains(tag);
}

/// Where the tag that starts at `pos` ('<') ends (the index of its '>'), honouring quoted attribute values;
/// -1 when it never ends.
qsizetype tagEnd(const QString& html, qsizetype pos) {
    QChar quote;
    for (qsizetype i = pos + 1; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i;
        }
    }
    return -1;
}

QString tagName(const QString& tag, bool* closing) {
    qsizetype i = 1;
    *closing = false;
    while (i < tag.size() && tag.at(i).isSpace())
        ++i;
    if (i < tag.size() && tag.at(i) == QLatin1Char('/')) {
        *closing = true;
        ++i;
    }
    const qsizetype start = i;
    while (i < tag.size() &&
           (tag.at(i).isLetterOrNumber() || tag.at(i) == QLatin1Char(':') || tag.at(i) == QLatin1Char('-')))
        ++i;
    return tag.mid(start, i - start).toLower();
}

/// Collapses white space inside lines, trims lines, and keeps at most one blank line between paragraphs.
QString tidy(const QString& raw) {
    QString out;
    out.reserve(raw.size());
    int pendingNewlines = 0;
    bool pendingSpace = false;
    for (const QChar c : raw) {
        if (c == QLatin1Char('\n')) {
            ++pendingNewlines;
            pendingSpace = false;
        } else if (c.isSpace() || c == QChar(0xA0)) {
            pendingSpace = true;
        } else if (c.category() == QChar::Other_Control || c.unicode() == 0xFFFD || c.unicode() == 0xAD) {
            continue; // control characters and soft hyphens carry nothing a reader needs
        } else {
            if (!out.isEmpty()) {
                if (pendingNewlines > 0)
                    out += pendingNewlines > 1 ? QStringLiteral("\n\n") : QStringLiteral("\n");
                else if (pendingSpace)
                    out += QLatin1Char(' ');
            }
            pendingNewlines = 0;
            pendingSpace = false;
            out += c;
        }
    }
    return out;
}

/// Ends `raw` with at least `count` line breaks (a closing and an opening block tag make one break, not two).
void ensureBreaks(QString& raw, int count) {
    int have = 0;
    for (qsizetype i = raw.size() - 1; i >= 0 && have < count; --i) {
        if (raw.at(i) == QLatin1Char('\n'))
            ++have;
        else if (!raw.at(i).isSpace())
            break;
    }
    for (; have < count; ++have)
        raw += QLatin1Char('\n');
}

} // namespace

QString htmlToPlainText(const QString& html) {
    QString raw;
    raw.reserve(html.size());
    // In markup, line breaks come from tags and a newline in the source is only white space; text without
    // markup (Bluesky posts, some podcast notes) keeps its own line breaks.
    const bool markup = looksLikeHtml(html);
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<') && i + 1 < n) {
            const QChar next = html.at(i + 1);
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (html.mid(i, 9) == QLatin1String("<![CDATA[")) {
                const qsizetype end = html.indexOf(QLatin1String("]]>"), i + 9);
                raw += html.mid(i + 9, (end < 0 ? n : end) - i - 9);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') ||
                next == QLatin1Char('?')) {
                const qsizetype end = tagEnd(html, i);
                if (end < 0) { // an unclosed tag: keep the rest as text rather than lose it
                    raw += html.mid(i);
                    break;
                }
                const QString tag = html.mid(i, end - i + 1);
                bool closing = false;
                const QString name = tagName(tag, &closing);
                i = end + 1;
                if (!closing && isSkipped(name) && !tag.endsWith(QLatin1String("/>"))) {
                    const QRegularExpression thisCloser(
                        QStringLiteral("</\\s*%1\\s*>").arg(QRegularExpression::escape(name)),
                        QRegularExpression::CaseInsensitiveOption);
                    const auto m = thisCloser.match(html, i);
                    i = m.hasMatch() ? m.capturedEnd() : n;
                    continue;
                }
                if (isBlock(name)) {
                    const bool paragraph =
                        name == QLatin1String("p") || name == QLatin1String("blockquote") ||
                        (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1).isDigit());
                    ensureBreaks(raw, paragraph ? 2 : 1);
                    if (name == QLatin1String("li") && !closing)
                        raw += QStringLiteral("• ");
                }
                continue;
            }
        }
        if (c == QLatin1Char('&')) {
            // Decode one entity at a time so "&amp;lt;" stays the text "&lt;".
            const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i + 1);
            if (semicolon > i && semicolon - i <= 12) {
                const QString entity = html.mid(i, semicolon - i + 1);
                const QString decoded = decodeHtmlEntities(entity);
                if (decoded != entity) {
                    raw += decoded;
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        raw += markup && c == QLatin1Char('\n') ? QChar(QLatin1Char(' ')) : c;
        ++i;
    }
    return tidy(raw);
}

QString elideText(const QString& text, int maxChars) {
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars - 1;
    const qsizetype space = text.lastIndexOf(QRegularExpression(QStringLiteral("\\s")), cut);
    if (space > maxChars / 2)
        cut = space;
    // Never split a surrogate pair.
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).trimmed() + QChar(0x2026);
}

bool looksLikeHtml(const QString& text) {
    static const QRegularExpression tag(
        QStringLiteral(
            R"(<\s*/?\s*(p|br|a|b|i|em|strong|span|div|img|ul|ol|li|code|pre|blockquote|h[1-6]|sup|sub|small|hr|figure|table)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    return text.contains(tag);
}

} // namespace chorus
