#pragma once

#include "Identity.h"
#include "util/Result.h"

#include <QVector>

namespace chorus {

/// Reads what someone typed for a handle as an identity on a platform:
/// "mastodon:@ada@hachyderm.io" (platform:handle), "ada@example.org" (email), "@ada@hachyderm.io" (Mastodon),
/// "ada.bsky.social" (Bluesky), "https://github.com/ada" or "github.com/ada" (the platform of the site),
/// "+44 20 7946 0000" (phone), any other web address (website). A bare "@ada" or "ada" is platform "other".
/// The result passes validateIdentity(); otherwise the error names the text.
Result<Identity> parseIdentityText(const QString& text);

/// Several of those separated by commas, semicolons or new lines; empty parts are skipped.
Result<QVector<Identity>> parseIdentityList(const QString& text);

} // namespace chorus
