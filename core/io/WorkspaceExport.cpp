#include "WorkspaceExport.h"

#include "ICalWriter.h"
#include "JsonWorkspace.h"
#include "PeopleCsvWriter.h"
#include "storage/Workspace.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chorus::io {

Result<QByteArray> WorkspaceExport::vcard(Workspace& workspace, VCardVersion version) {
    auto people = workspace.exports().people();
    if (!people)
        return people.error();
    auto notes = workspace.exports().personNotes();
    if (!notes)
        return notes.error();
    return VCardWriter::write(*people, *notes, version);
}

Result<QByteArray> WorkspaceExport::icalendar(Workspace& workspace) {
    auto followUps = workspace.exports().followUps();
    if (!followUps)
        return followUps.error();
    auto events = workspace.exports().events();
    if (!events)
        return events.error();
    return ICalWriter::write(*followUps, *events, workspace.clock().now());
}

Result<QByteArray> WorkspaceExport::json(Workspace& workspace) {
    return JsonWorkspace::exportJson(workspace);
}

Result<QByteArray> WorkspaceExport::peopleCsv(Workspace& workspace) {
    auto people = workspace.exports().people();
    if (!people)
        return people.error();
    return PeopleCsvWriter::write(*people);
}

Status WorkspaceExport::writeFile(const QString& path, const QByteArray& bytes) {
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo(dir).isDir())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Export", "%1: the folder %2 does not exist").arg(path, dir));
    return privatefiles::writeAtomically(path, bytes);
}

} // namespace chorus::io
