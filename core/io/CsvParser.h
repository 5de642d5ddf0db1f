#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace chorus::io {

/// One record of a CSV file and the line it starts on (a quoted field may span lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvDocument {
    QChar delimiter = QLatin1Char(',');
    QVector<CsvRecord> records; ///< blank lines left out; the first is the header when the file has one
};

/// RFC 4180 CSV: fields separated by `delimiter`, records by CR LF, LF or CR; a field in double quotes may
/// hold delimiters, line breaks and doubled quotes (""). Unquoted fields are taken as written (a stray quote
/// inside one is kept). Errors name the file, line and column: a quoted field that is never closed, or text
/// after a closing quote. Reports progress as characters consumed (return false to cancel).
class CsvParser final {
public:
    static Result<CsvDocument> parse(QStringView text, QChar delimiter, const QString& fileName,
                                     const std::function<bool(qsizetype)>& progress = {});

    /// Comma, semicolon or tab: whichever splits the first lines into the same, largest number of fields.
    static QChar detectDelimiter(QStringView text);
};

} // namespace chorus::io
