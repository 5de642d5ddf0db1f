#pragma once

#include "model/Person.h"

#include <QByteArray>
#include <QHash>

namespace chorus::io {

enum class VCardVersion { V30, V40 };

/// Writes people as vCards (3.0 or 4.0): CR LF, lines folded at 75 octets, text escaped. Reading the result
/// with VCardImport and writing again gives the same bytes (export → import → export is stable).
class VCardWriter final {
public:
    /// `notes`: the notes about each person, oldest first.
    static QByteArray write(const QVector<Person>& people, const QHash<Id, QStringList>& notes,
                            VCardVersion version = VCardVersion::V30);
    static QByteArray card(const Person& person, const QStringList& notes, VCardVersion version);
};

} // namespace chorus::io
