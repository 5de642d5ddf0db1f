#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace chorus::io {

struct DecodedText {
    QString text;     ///< without a byte order mark
    QString encoding; ///< the encoding used: "utf-8", "utf-16le", "windows-1252"…
};

/// Turns the bytes of a text file into text. `encoding` empty or "auto": a byte order mark decides; otherwise
/// valid UTF-8 is UTF-8, and a file with no UTF-8 sequences at all but bytes above 127 is read as
/// Windows-1252 (which covers Latin-1 text). A file that mixes UTF-8 with invalid bytes is damaged UTF-8: the
/// error names the file, line and byte. A named encoding is used strictly (UTF-8 must be valid). NUL bytes in
/// an 8-bit file mean it is not text.
Result<DecodedText> decodeText(const QByteArray& bytes, const QString& fileName,
                               const QString& encoding = {});

/// The encodings that can be chosen by name (for the import dialog's list; any name ICU knows also works).
QStringList choosableEncodings();

} // namespace chorus::io
