// vCard files from address books: 2.1 quoted-printable, folded lines, broken cards.
#include "FuzzTarget.h"
#include "io/VCardImport.h"
#include "io/VCardReader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto cards = chorus::io::VCardReader::parse(bytes, QStringLiteral("fuzz.vcf"));
    if (cards)
        (void)chorus::io::VCardImport::records(*cards);
    else if (!cards.error().message.contains(QStringLiteral("fuzz.vcf")))
        __builtin_trap(); // every complaint names the file
    return 0;
}
