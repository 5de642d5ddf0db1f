#pragma once

#include "ImportField.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace chorus::io {

/// How to read a CSV file: what the user chose, everything else detected.
struct CsvImportOptions {
    QString encoding;                    ///< empty or "auto": detected (see decodeText)
    QChar delimiter;                     ///< null: detected
    QString preset;                      ///< a preset key; empty: recognised from the header
    QHash<QString, ImportField> columns; ///< header (any case) → field, over the preset and the usual names

    bool operator==(const CsvImportOptions&) const = default;
};

/// A known export's columns: LinkedIn connections, Google contacts, Outlook contacts, Chorus.
struct MappingPreset {
    QString key;                                  ///< "linkedin", "google", "outlook", "chorus"
    QString label;                                ///< translated
    QStringList signature;                        ///< headers that all appear in such a file (normalised)
    QVector<QPair<QString, ImportField>> columns; ///< normalised header → field
};

const QVector<MappingPreset>& mappingPresets();
const MappingPreset* findPreset(const QString& key);
/// The preset whose signature headers all appear in `header` (the most specific one), or null.
const MappingPreset* detectPreset(const QStringList& header);

/// "  E-mail   Address " → "e-mail address": how headers are compared.
QString normalizedHeader(const QString& header);

/// The field of each column: explicit choices, then the preset (chosen or detected), then the usual names
/// ("Email", "Company", "Job Title"…); anything else is ignored. `presetUsed` receives the preset's key.
QVector<ImportField> mapColumns(const QStringList& header, const CsvImportOptions& options,
                                QString* presetUsed = nullptr);

/// A mapping for `--mapping M`: a preset key, or a JSON mapping file
/// {"preset": "linkedin", "encoding": "windows-1252", "delimiter": ";", "columns": {"Vorname":
/// "first-name"}}. Errors name the file and the key that is wrong.
Result<CsvImportOptions> loadMapping(const QString& presetOrFile);
/// The JSON of a mapping file for these options (what the import dialog saves).
QByteArray mappingToJson(const CsvImportOptions& options);

} // namespace chorus::io
