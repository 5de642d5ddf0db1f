#pragma once

#include "Ids.h"
#include "TouchpointKind.h"

#include <QDateTime>
#include <QString>

namespace chorus {

/// Something that happened between the user and a person.
struct Touchpoint {
    Id id = 0;
    Id personId = 0;
    TouchpointKind kind = TouchpointKind::Replied;
    Direction direction = Direction::Outbound;
    QDateTime at;
    Id conversationId = 0; ///< optional
    Id eventId = 0;        ///< optional
    QString note;

    bool operator==(const Touchpoint&) const = default;
};

} // namespace chorus
