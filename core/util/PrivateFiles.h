#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace chorus {

/// Chorus holds personal data: folders it creates are 0700 and files 0600, whatever the umask.
namespace privatefiles {

/// Create the folder (and parents) if missing; the folder itself is made 0700 when Chorus creates it.
Status ensureDirectory(const QString& dirPath);
/// Create an empty file readable and writable by the owner only, failing if it already exists.
Status createFile(const QString& filePath);
/// Restrict an existing file to the owner (0600).
Status restrict(const QString& filePath);
/// Write bytes atomically (QSaveFile) to a 0600 file inside a folder created 0700 if needed.
Status writeAtomically(const QString& filePath, const QByteArray& bytes);

} // namespace privatefiles
} // namespace chorus
