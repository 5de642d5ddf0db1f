#pragma once

#include "ImportField.h"
#include "model/Person.h"
#include "model/Touchpoint.h"

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

/// One touchpoint read from a CSV file, before its person is looked up. `who` holds what the row says about
/// the person (name, organisation, identities), `personId` an id given outright.
struct TouchpointRecord {
    int line = 0;
    Person who;
    Id personId = 0;
    Touchpoint touchpoint; ///< kind, direction, at and note; person and conversation found by the planner
    QString url;           ///< the row's link: the stored conversation with it, else kept in the note
    QString problem;       ///< why the row is skipped ("column 3 (Date): …")

    bool operator==(const TouchpointRecord&) const = default;
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
    ImportTarget target = ImportTarget::People;
    QVector<ImportRecord> records;         ///< people
    QVector<TouchpointRecord> touchpoints; ///< CSV with target touchpoints
};

} // namespace chorus::io
