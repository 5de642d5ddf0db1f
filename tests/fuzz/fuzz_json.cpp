// A whole-workspace JSON export handed back for import: the parse either fails with a message naming the
// file or gives a dump (the import step is exercised by tests on real exports).
#include "FuzzTarget.h"
#include "io/JsonWorkspace.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto dump = chorus::io::JsonWorkspace::parse(bytes, QStringLiteral("fuzz.json"));
    if (!dump && !dump.error().message.contains(QStringLiteral("fuzz.json")))
        __builtin_trap();
    return 0;
}
