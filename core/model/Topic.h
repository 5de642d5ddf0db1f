#pragma once

#include "Ids.h"

#include <QString>

namespace chorus {

/// A subject people care about and conversations are about. A few are the user's focus topics.
struct Topic {
    Id id = 0;
    QString name;
    bool focus = false;

    bool operator==(const Topic&) const = default;
};

} // namespace chorus
