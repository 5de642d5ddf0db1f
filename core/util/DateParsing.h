#pragma once

#include <QDateTime>

#include <optional>

namespace chorus {

/// ISO 8601 as the command line and files use it: "2026-11-20" (noon UTC, so the day never shifts),
/// "2026-11-20T09:14", "2026-11-20T09:14:00Z", "2026-11-20T09:14:00+01:00". Returns UTC.
std::optional<QDateTime> parseIsoDateTime(const QString& text);
std::optional<QDate> parseIsoDate(const QString& text);

/// What people type when logging: ISO forms plus "now", "today", "yesterday", "2 days ago", "3d", "1w",
/// "last monday"… relative to `now` (in `now`'s time zone). Returns UTC.
std::optional<QDateTime> parseNaturalDateTime(const QString& text, const QDateTime& now);
/// The same for due dates: "tomorrow", "in 3 days", "next week", "friday", "+2w", ISO dates.
std::optional<QDate> parseNaturalDate(const QString& text, const QDate& today);

/// "2026-11-20T09:14:00Z"
QString isoUtc(const QDateTime& at);

} // namespace chorus
