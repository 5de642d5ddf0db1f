#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace chorus {

/// Reads the dates feeds carry, returned in UTC: RFC 822/2822 ("Tue, 10 Jun 2003 04:00:00 GMT"), RFC 3339
/// ("2003-06-10T04:00:00Z") and the common broken variants seen in the wild: two-digit years, missing or
/// wrong day names, full or lower-case month names, missing seconds, fractional seconds, a space instead of
/// "T",
/// "+0200", "+02:00", "+02", "GMT+2", North American zone names (EST, PDT…), no zone at all (read as UTC),
/// US order ("Jun 10, 2003 04:00:00") and a bare date (noon UTC).
std::optional<QDateTime> parseFeedDate(const QString& text);

} // namespace chorus
