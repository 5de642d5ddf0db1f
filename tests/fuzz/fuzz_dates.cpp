// What people type as a date or time when logging and setting due dates.
#include "FuzzTarget.h"
#include "util/DateParsing.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    if (auto at = chorus::parseNaturalDateTime(text, now); at && !at->isValid())
        __builtin_trap(); // a parse that succeeds must give a real moment
    if (auto day = chorus::parseNaturalDate(text, now.date()); day && !day->isValid())
        __builtin_trap();
    if (auto iso = chorus::parseIsoDateTime(text))
        (void)chorus::isoUtc(*iso);
    return 0;
}
