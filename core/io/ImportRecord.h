#pragma once

#include "ImportField.h"
#include "model/Person.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace chorus::io {

/// One person read from an import file, before matching: the person (with identities and tags), a note to
/// attach, and where it came from. `problem` non-empty: the row cannot be imported and is skipped with it.
struct ImportRecord {
    int line = 0;      ///< where the row or card starts in the file
    Person person;     ///< id 0
    QStringList notes; ///< each becomes a note on the person
    QString problem;   ///< why the row is skipped ("no name"…), naming the column

    bool operator==(const ImportRecord&) const = default;
};

/// What a reader made of a file: the records and how the file was read.
struct ImportSource {
    QString fileName;
    QString format;   ///< "csv", "vcard"
    QString encoding; ///< as decoded
    QChar delimiter;  ///< CSV only
    QString preset;   ///< CSV: the mapping preset used, if any
    int headerLine = 0;
    QStringList header;          ///< CSV: the column headers
    QVector<ImportField> fields; ///< CSV: the field of each column
    QVector<ImportRecord> records;
};

} // namespace chorus::io
