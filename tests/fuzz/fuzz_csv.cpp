// CSV files people import: any bytes, any encoding guess, any delimiter. Reading either succeeds or names
// a line; a successful read's records never exceed the rows the file can hold.
#include "FuzzTarget.h"
#include "io/CsvImport.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const chorus::io::CsvImportOptions options;
    auto source = chorus::io::CsvImport::read(bytes, QStringLiteral("fuzz.csv"), options);
    if (!source && !source.error().message.contains(QStringLiteral("fuzz.csv")))
        __builtin_trap(); // every complaint names the file
    return 0;
}
