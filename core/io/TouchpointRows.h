#pragma once

#include "ImportField.h"
#include "ImportRecord.h"
#include "util/Result.h"

#include <optional>

namespace chorus::io {

struct CsvFile;

/// Reading touchpoints from the rows of a CSV file: who (name, identities or person id), kind, date,
/// direction, channel, link and note per row.
class TouchpointRows final {
public:
    /// One record per data row. Fails, naming the file and header line, when no column says who, which kind
    /// or when; a row whose value is not what its column says keeps a problem naming line, column and value
    /// ("column 2 (When): "next week" is not a date").
    static Result<QVector<TouchpointRecord>> read(const CsvFile& file, const QVector<ImportField>& fields);

    /// "met", "Met in person", "meeting" → Met…; nullopt for anything else.
    static std::optional<TouchpointKind> kindFromText(const QString& text);
    /// "2026-11-20", "2026-11-20 09:14", "2026-11-20T09:14:00Z" (UTC unless an offset is given).
    static std::optional<QDateTime> dateFromText(const QString& text);
};

} // namespace chorus::io
