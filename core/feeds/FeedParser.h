#pragma once

#include "Feed.h"
#include "util/Result.h"

#include <QByteArray>
#include <QUrl>

namespace chorus {

/// Reads RSS 0.91–2.0 (with content:encoded, Dublin Core dates, iTunes and Media RSS extensions), RSS 1.0
/// (RDF) and Atom 1.0 with QXmlStreamReader. Relative links are resolved against xml:base and the feed's own
/// URL; HTML in titles and summaries is reduced to plain text; HTML entities that feeds use without declaring
/// them (&nbsp;, &mdash;…) are understood. A document that is not well-formed XML, or not a feed, is an
/// ErrorCode::Invalid error naming the line and column.
class FeedParser final {
public:
    static Result<Feed> parse(const QByteArray& data, const QUrl& feedUrl);
};

} // namespace chorus
