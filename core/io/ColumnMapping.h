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
    std::optional<ImportTarget> target;  ///< people or touchpoints; unset: the preset's, else people
    QHash<QString, ImportField> columns; ///< header (any case) → field, over the preset and the usual names

    bool operator==(const CsvImportOptions&) const = default;
};

/// A known export's columns: LinkedIn connections, Google contacts, Outlook contacts, Chorus people, Chorus
/// touchpoints (the touchpoint table of `chorus-cli report --format csv`).
struct MappingPreset {
    QString key;           ///< "linkedin", "google", "outlook", "chorus", "touchpoints"
    QString label;         ///< translated
    QStringList signature; ///< headers that all appear in such a file (normalised)
    QVector<QPair<QString, ImportField>> columns; ///< normalised header → field
    ImportTarget target = ImportTarget::People;   ///< what such a file holds
};

const QVector<MappingPreset>& mappingPresets();
const MappingPreset* findPreset(const QString& key);
/// The preset whose signature headers all appear in `header` (the most specific one), or null.
const MappingPreset* detectPreset(const QStringList& header);

/// "  E-mail   Address " → "e-mail address": how headers are compared.
QString normalizedHeader(const QString& header);

/// The field of each column: explicit choices, then the preset (chosen or detected), then the usual names
/// of the target ("Email", "Company", "Job Title"… for people; "Date", "Who", "Kind"… for touchpoints);
/// anything else is ignored. `presetUsed` receives the preset's key, `targetUsed` the target: the options',
/// else the preset's, else people.
QVector<ImportField> mapColumns(const QStringList& header, const CsvImportOptions& options,
                                QString* presetUsed = nullptr, ImportTarget* targetUsed = nullptr);

/// A mapping for `--mapping M`: a preset key, or a JSON mapping file
/// {"preset": "linkedin", "target": "people", "encoding": "windows-1252", "delimiter": ";", "columns":
/// {"Vorname": "first-name"}}. Errors name the file and the key that is wrong.
Result<CsvImportOptions> loadMapping(const QString& presetOrFile);
/// The JSON of a mapping file for these options (what the import dialog saves).
QByteArray mappingToJson(const CsvImportOptions& options);

} // namespace chorus::io
