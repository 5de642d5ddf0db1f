#pragma once

#include <QStringList>
#include <QVector>

namespace chorus {

/// One numbered schema step: its statements run in one transaction, then PRAGMA user_version = version.
struct Migration {
    int version = 0;
    const char* description = "";
    QStringList statements;
};

/// Every migration in order. Never edit a released one: add the next number.
const QVector<Migration>& migrations();

} // namespace chorus
