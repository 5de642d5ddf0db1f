#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace chorus {

/// A person's name in the forms matching compares.
struct NormalizedName {
    /// Folded Latin words (decomposed, diacritics removed, case folded, "ß" → "ss", "ø" → "o"…, honorifics
    /// dropped, hyphens and apostrophes joined): "José Núñez-Díaz" → {"jose", "nunezdiaz"}. A name written in
    /// another script is transliterated first: "王伟" → {"wang", "wei"}, "Иван Петров" → {"ivan", "petrov"}.
    QStringList tokens;
    /// The folded words in the name's own script when it is not Latin ({"王伟"}), empty for Latin names.
    QStringList native;
    QChar::Script script = QChar::Script_Latin;

    bool isEmpty() const { return tokens.isEmpty() && native.isEmpty(); }
};

/// Decompose (NFKD), drop combining marks, case fold, and spell out the few letters that do not decompose
/// ("ß" → "ss", "ø" → "o", "æ" → "ae", "ł" → "l", "đ" → "d", "þ" → "th", "ı" → "i").
QString foldForMatching(const QString& text);
NormalizedName normalizeName(const QString& name);
/// The comparable form of an organisation: folded words without legal suffixes ("ACME Inc." → "acme").
QString organisationKey(const QString& organisation);
/// The formal given name a common nickname stands for ("bob" → "robert"), or the token itself.
QString canonicalGivenName(const QString& token);
/// Latin transliteration of any script (ICU "Any-Latin; Latin-ASCII"); the text itself if ICU is unavailable.
QString transliterateToLatin(const QString& text);

} // namespace chorus
