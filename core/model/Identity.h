#pragma once

#include "Ids.h"

#include <QString>
#include <QStringList>

namespace chorus {

/// A person's handle or address on one platform; used for matching and de-duplication.
struct Identity {
    Id id = 0;
    Id personId = 0;
    QString platform; ///< a key from knownPlatforms(), or any lower-case word
    QString handle;   ///< as the user typed it: "@ada@hachyderm.io", "ada@example.org"
    QString url;      ///< optional link to the profile

    bool operator==(const Identity&) const = default;
};

QStringList knownPlatforms(); ///< "mastodon", "bluesky", "x", "linkedin", "github", "blog", "email"…
QString platformLabel(const QString& platform);

/// The form used to compare handles: lower case, without a leading "@", without "mailto:", trimmed.
QString normalizedHandle(const QString& platform, const QString& handle);

} // namespace chorus
