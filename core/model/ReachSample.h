#pragma once

#include "Ids.h"

#include <QDate>

namespace chorus {

/// One measurement of a person's audience size.
struct ReachSample {
    Id personId = 0;
    QDate on;
    qint64 reach = 0;

    bool operator==(const ReachSample&) const = default;
};

} // namespace chorus
