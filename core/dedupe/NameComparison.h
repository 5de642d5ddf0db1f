#pragma once

#include "NameNormalization.h"

namespace chorus {

/// How two names relate, from the strongest kind of match down.
enum class NameMatch {
    None,
    Same, ///< the same words (accents, case and punctuation aside), or the same characters in their script
    Reordered,   ///< the same words in another order: "Li Wei" / "Wei Li"
    Initials,    ///< words match where one side has only the initial: "A. Lovelace" / "Ada Lovelace"
    Nickname,    ///< a common short form: "Bob Smith" / "Robert Smith"
    Similar,     ///< close spellings: "Ada Lovelcae" / "Ada Lovelace"
    OtherScript, ///< the same or a close name written in another script: "王伟" / "Wang Wei"
};

struct NameComparison {
    double score = 0.0; ///< 0..1
    NameMatch kind = NameMatch::None;
};

/// Compares two normalised names. `aLastWordIsPrefix`: the last word of `a` is still being typed, so a word
/// of `b` that starts with it counts as a match ("Ada Lov" against "Ada Lovelace").
NameComparison compareNames(const NormalizedName& a, const NormalizedName& b, bool aLastWordIsPrefix = false);

} // namespace chorus
