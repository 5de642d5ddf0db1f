#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace chorus::privatefiles {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

Status ensureDirectory(const QString& dirPath) {
    if (dirPath.isEmpty() || QFileInfo(dirPath).isDir())
        return {};
    const QString parent = QFileInfo(dirPath).absolutePath();
    if (parent != dirPath) {
        if (auto st = ensureDirectory(parent); !st)
            return st;
    }
    const QByteArray native = QFile::encodeName(dirPath);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot create the folder %1: %2").arg(dirPath, systemError()));
    ::chmod(native.constData(), 0700);
    return {};
}

Status createFile(const QString& filePath) {
    if (auto st = ensureDirectory(QFileInfo(filePath).absolutePath()); !st)
        return st;
    const QByteArray native = QFile::encodeName(filePath);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io, Tr::tr("Cannot create the file %1: %2").arg(filePath, systemError()));
    ::fchmod(fd, 0600);
    ::close(fd);
    return {};
}

Status restrict(const QString& filePath) {
    const QByteArray native = QFile::encodeName(filePath);
    if (::chmod(native.constData(), 0600) != 0)
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot restrict access to %1: %2").arg(filePath, systemError()));
    return {};
}

Status writeAtomically(const QString& filePath, const QByteArray& bytes) {
    if (auto st = ensureDirectory(QFileInfo(filePath).absolutePath()); !st)
        return st;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    // The temporary file QSaveFile writes to becomes the final file: make it private before any byte lands.
    if (file.handle() >= 0)
        ::fchmod(file.handle(), 0600);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    return restrict(filePath);
}

} // namespace chorus::privatefiles
