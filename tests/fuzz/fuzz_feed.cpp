// Feeds fetched from the internet: RSS, Atom, broken XML, entities, hostile HTML in summaries. The parse
// either gives a feed or an error naming where (line and column); the HTML reduction never crashes.
#include "FuzzTarget.h"
#include "feeds/FeedParser.h"
#include "feeds/HtmlToText.h"

#include <QByteArray>
#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto feed = chorus::FeedParser::parse(bytes, QUrl(QStringLiteral("https://example.org/feed.xml")));
    if (!feed && feed.error().message.isEmpty())
        __builtin_trap(); // a refusal always says why
    (void)chorus::htmlToPlainText(QString::fromUtf8(bytes));
    return 0;
}
