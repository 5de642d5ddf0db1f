#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace chorus {

/// Where a touchpoint sits on DESIGN.md's axis: doing things *with* people or *to* them.
enum class Axis { DoWith, DoTo };

/// The touchpoint taxonomy. The keys are stored in the database and used on the command line.
enum class TouchpointKind {
    Met,           ///< met in person (with)
    Call,          ///< a call or video chat (with)
    Replied,       ///< replied in a conversation (with)
    Amplified,     ///< amplified their work (with)
    Helped,        ///< helped them with something (with)
    CoCreated,     ///< made something together (with)
    Introduced,    ///< introduced them to someone (with)
    Thanked,       ///< thanked them (with)
    AskedFeedback, ///< asked for their opinion (with)
    Pitched,       ///< pitched the product (to)
    Broadcast,     ///< newsletter, announcement, mass message (to)
    AskedToShare,  ///< asked them to spread the word (to)
};

struct TouchpointKindInfo {
    TouchpointKind kind;
    QString key;
    const char* labelSource; ///< untranslated; use touchpointKindLabel()
    Axis axis;
    bool twoWay;          ///< a real exchange both ways (meeting, call, reply thread)
    double defaultWeight; ///< contribution to relationship health
};

const std::vector<TouchpointKindInfo>& touchpointKinds();
const TouchpointKindInfo& touchpointKindInfo(TouchpointKind kind);
QString touchpointKindKey(TouchpointKind kind);
QString touchpointKindLabel(TouchpointKind kind); ///< translated at call time
std::optional<TouchpointKind> touchpointKindFromKey(const QString& key);
QString axisKey(Axis axis); ///< "with" or "to"
QString axisLabel(Axis axis);

/// Who started a touchpoint: the user reaching out, or the person engaging with the user.
enum class Direction { Outbound, Inbound };
QString directionKey(Direction direction); ///< "out" or "in"
std::optional<Direction> directionFromKey(const QString& key);

} // namespace chorus
