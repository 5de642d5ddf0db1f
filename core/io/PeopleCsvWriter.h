#pragma once

#include "model/Person.h"

#include <QByteArray>
#include <QVector>

namespace chorus::io {

/// Chorus's own people CSV: the columns the "chorus" import preset maps (name, organisation, role, location,
/// stance, reach, handles, topics, tags), UTF-8 with a byte-order mark, CR LF, RFC 4180 quoting, and every
/// cell a spreadsheet would run as a formula neutralised with a leading apostrophe (the importer drops it
/// again). Handles are "platform:handle" joined with "; " (profile links stay in vCard and JSON exports).
class PeopleCsvWriter final {
public:
    static QStringList header();
    static QByteArray write(const QVector<Person>& people);
};

} // namespace chorus::io
