// Replays a fuzz corpus through a target: every file in the given folders (or the given files), once.
// A crash or sanitizer report fails the ctest test; a clean pass prints how many inputs ran.
#include "FuzzTarget.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char** argv) {
    QTextStream err(stderr);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << arg;
        }
        for (const QString& path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                err << "replay: cannot read " << path << ": " << file.errorString() << "\n";
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            ++inputs;
        }
    }
    if (inputs == 0) {
        err << "replay: no inputs found\n";
        return 1;
    }
    QTextStream(stdout) << "replayed " << inputs << " inputs\n";
    return 0;
}
