#pragma once

#include "storage/Workspace.h"

#include <QByteArray>
#include <QJsonObject>

namespace chorus {

/// Everything Chorus holds about one person (and nobody else's data), for a subject access request:
/// every row that references them, plus the titles of the threads and events those rows point at.
class SubjectAccessExport final {
public:
    explicit SubjectAccessExport(Workspace& workspace)
        : m_ws(workspace) {}

    Result<QJsonObject> json(Id personId) const;
    /// A readable, self-contained HTML dossier of the same data; all stored text is escaped.
    Result<QByteArray> html(Id personId) const;
    /// Write json or html (by the file's suffix) atomically, private to the user.
    Status write(Id personId, const QString& path) const;

private:
    Workspace& m_ws;
};

} // namespace chorus
