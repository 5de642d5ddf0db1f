// Whatever a user types into the search box, search answers (possibly with nothing) and never fails
// with an FTS5 syntax error: the text becomes quoted prefix phrases, never FTS operators.
#include "FuzzTarget.h"
#include "storage/SearchRepository.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace {

chorus::Workspace& workspace() {
    static QTemporaryDir dir;
    static std::unique_ptr<chorus::Workspace> ws = [] {
        chorus::Workspace::Options options;
        options.create = true;
        auto opened = chorus::Workspace::open(dir.filePath(QStringLiteral("fuzz.chorus")), options);
        if (!opened)
            __builtin_trap();
        return std::move(*opened);
    }();
    return *ws;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!workspace().search().search(text, 20).ok())
        __builtin_trap();
    return 0;
}
