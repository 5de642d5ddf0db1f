#pragma once

#include "ColumnMapping.h"
#include "CsvParser.h"
#include "ImportRecord.h"

#include <functional>

namespace chorus::io {

/// A CSV file decoded and split into records, its header found; mapping comes after (the dialog remaps live).
struct CsvFile {
    QString fileName;
    QString encoding;
    QChar delimiter;
    int headerIndex = 0; ///< records before it were a preamble (LinkedIn puts notes above the header)
    CsvDocument document;

    QStringList header() const { return document.records.value(headerIndex).fields; }
    int headerLine() const { return document.records.value(headerIndex).line; }
};

/// Reading people from CSV files.
class CsvImport final {
public:
    /// Decode (options.encoding), detect the delimiter unless chosen, parse, find the header, and check that
    /// every row has as many fields as the header (a ragged row is an error naming its line).
    static Result<CsvFile> load(const QByteArray& bytes, const QString& fileName,
                                const CsvImportOptions& options,
                                const std::function<bool(int)>& progress = {});

    /// One record per data row under `fields` (one per column). Rows without a name (when `requireName`) or
    /// with a value that is not what its column says are kept with a problem (skipped at import, with the
    /// reason). Fields that are not about a person are left alone. `preset` is the recognised export
    /// (mapColumns): in Chorus's own a comma belongs to a tag or topic rather than separating two.
    static QVector<ImportRecord> records(const CsvFile& file, const QVector<ImportField>& fields,
                                         bool requireName = true, const QString& preset = {});

    /// load(), map the columns (mapColumns) and build the records: people, or touchpoints when the target is
    /// touchpoints (TouchpointRows). Fails when no column gives a name (people) or when a column the target
    /// needs is missing.
    static Result<ImportSource> read(const QByteArray& bytes, const QString& fileName,
                                     const CsvImportOptions& options,
                                     const std::function<bool(int)>& progress = {});
};

} // namespace chorus::io
