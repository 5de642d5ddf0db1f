#pragma once

#include "ImportRecord.h"
#include "VCardReader.h"

namespace chorus::io {

/// People from vCards: FN (or N) → name, ORG → organisation, TITLE (or ROLE) → role, ADR's locality →
/// location, EMAIL/TEL → email and phone identities, URL → website (or the platform its address names),
/// X-SOCIALPROFILE and IMPP → identities on their platform, NOTE → notes, CATEGORIES → tags, and Chorus's own
/// X-CHORUS-STANCE and X-CHORUS-REACH.
class VCardImport final {
public:
    static QVector<ImportRecord> records(const QVector<VCard>& cards);
    /// Parse and convert; the source's format is "vcard".
    static Result<ImportSource> read(const QByteArray& bytes, const QString& fileName);
};

} // namespace chorus::io
