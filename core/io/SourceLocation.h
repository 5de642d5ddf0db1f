#pragma once

#include "util/Result.h"

#include <QString>

namespace chorus::io {

/// Where in an input file something is: every import error names the file, the line and, when known, the
/// column or field, so that the user can open the file and fix it.
struct SourceLocation {
    QString file;   ///< the file name as the user gave it (may be empty for bytes without a file)
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based field number (CSV) or 0
    QString field;  ///< the column header or property name, when known

    /// "contacts.csv, line 12, column 3 (Email Address)"
    QString describe() const;
};

/// An ErrorCode::Invalid error: "<where>: <problem>".
Error inputError(const SourceLocation& where, const QString& problem);

/// The 1-based line of a character offset in text (counting LF; a CR LF pair counts once).
int lineOfOffset(QStringView text, qsizetype offset);

} // namespace chorus::io
