#pragma once

#include "VCardWriter.h"
#include "util/Result.h"

#include <QByteArray>

namespace chorus {
class Workspace;
}

namespace chorus::io {

/// The exports of a whole workspace as bytes, and writing them safely.
class WorkspaceExport final {
public:
    static Result<QByteArray> vcard(Workspace& workspace, VCardVersion version = VCardVersion::V30);
    static Result<QByteArray> icalendar(Workspace& workspace);
    static Result<QByteArray> json(Workspace& workspace);
    /// Everyone (but the user's own row) as Chorus's people CSV (PeopleCsvWriter), by id.
    static Result<QByteArray> peopleCsv(Workspace& workspace);
    /// Atomically (QSaveFile) into a file readable by the owner only: a failed write leaves any old file as
    /// it was.
    static Status writeFile(const QString& path, const QByteArray& bytes);
};

} // namespace chorus::io
