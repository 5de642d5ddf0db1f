#pragma once

#include <QStringView>

namespace chorus {

/// Jaro–Winkler similarity in [0, 1] (1: equal), over UTF-16 code units, with the usual prefix scale 0.1 for
/// up to four common leading characters. Suited to short strings such as name words.
double jaroWinkler(QStringView a, QStringView b);

} // namespace chorus
