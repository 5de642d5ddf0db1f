#pragma once

#include "Figures.h"
#include "util/Result.h"

namespace chorus::bench {

/// A synthetic RSS 2.0 feed of `items` blog posts with HTML descriptions (about 1 kB each), as a busy blog
/// or a Mastodon account with a long history serves it.
QByteArray syntheticFeed(int items);

/// Parsing that feed (XML, dates, HTML to text), `runs` times.
Result<Figure> measureFeedParse(int items, int runs);
/// Importing that feed into the workspace at `path` as one person's source (topic matching, de-duplication
/// against every stored conversation, one transaction): all items new, then all known again. Each run is
/// rolled back, so the workspace is left as it was.
Result<QVector<Figure>> measureFeedImport(const QString& path, int items, int runs);

} // namespace chorus::bench
