#include "TouchpointKind.h"

#include <QCoreApplication>

namespace chorus {
namespace {
TouchpointKindInfo info(TouchpointKind kind, const char* key, const char* label, Axis axis, bool twoWay,
                        double weight) {
    return {kind, QString::fromLatin1(key), label, axis, twoWay, weight};
}

std::vector<TouchpointKindInfo> buildKinds() {
    // Weights: two-way and do-with exchanges build relationships; pitches and broadcasts barely do.
    return {
        info(TouchpointKind::Met, "met", QT_TRANSLATE_NOOP("TouchpointKind", "Met in person"), Axis::DoWith,
             true, 3.0),
        info(TouchpointKind::Call, "call", QT_TRANSLATE_NOOP("TouchpointKind", "Call"), Axis::DoWith, true,
             2.5),
        info(TouchpointKind::Replied, "replied", QT_TRANSLATE_NOOP("TouchpointKind", "Replied"), Axis::DoWith,
             true, 1.5),
        info(TouchpointKind::Amplified, "amplified",
             QT_TRANSLATE_NOOP("TouchpointKind", "Amplified their work"), Axis::DoWith, false, 1.5),
        info(TouchpointKind::Helped, "helped", QT_TRANSLATE_NOOP("TouchpointKind", "Helped"), Axis::DoWith,
             true, 2.5),
        info(TouchpointKind::CoCreated, "co-created", QT_TRANSLATE_NOOP("TouchpointKind", "Co-created"),
             Axis::DoWith, true, 3.0),
        info(TouchpointKind::Introduced, "introduced", QT_TRANSLATE_NOOP("TouchpointKind", "Introduced"),
             Axis::DoWith, false, 2.0),
        info(TouchpointKind::Thanked, "thanked", QT_TRANSLATE_NOOP("TouchpointKind", "Thanked"), Axis::DoWith,
             false, 1.0),
        info(TouchpointKind::AskedFeedback, "asked-feedback",
             QT_TRANSLATE_NOOP("TouchpointKind", "Asked for feedback"), Axis::DoWith, true, 1.5),
        info(TouchpointKind::Pitched, "pitched", QT_TRANSLATE_NOOP("TouchpointKind", "Pitched"), Axis::DoTo,
             false, 0.3),
        info(TouchpointKind::Broadcast, "broadcast", QT_TRANSLATE_NOOP("TouchpointKind", "Broadcast"),
             Axis::DoTo, false, 0.1),
        info(TouchpointKind::AskedToShare, "asked-to-share",
             QT_TRANSLATE_NOOP("TouchpointKind", "Asked to share"), Axis::DoTo, false, 0.2),
    };
}
} // namespace

const std::vector<TouchpointKindInfo>& touchpointKinds() {
    static const std::vector<TouchpointKindInfo> kinds = buildKinds();
    return kinds;
}

const TouchpointKindInfo& touchpointKindInfo(TouchpointKind kind) {
    return touchpointKinds().at(static_cast<size_t>(kind));
}

QString touchpointKindKey(TouchpointKind kind) {
    return touchpointKindInfo(kind).key;
}

QString touchpointKindLabel(TouchpointKind kind) {
    return QCoreApplication::translate("TouchpointKind", touchpointKindInfo(kind).labelSource);
}

std::optional<TouchpointKind> touchpointKindFromKey(const QString& key) {
    const QString k = key.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const auto& info : touchpointKinds()) {
        if (info.key == k)
            return info.kind;
    }
    return std::nullopt;
}

QString axisKey(Axis axis) {
    return axis == Axis::DoWith ? QStringLiteral("with") : QStringLiteral("to");
}

QString axisLabel(Axis axis) {
    return axis == Axis::DoWith ? QCoreApplication::translate("Axis", "Do with")
                                : QCoreApplication::translate("Axis", "Do to");
}

QString directionKey(Direction direction) {
    return direction == Direction::Outbound ? QStringLiteral("out") : QStringLiteral("in");
}

std::optional<Direction> directionFromKey(const QString& key) {
    if (key == QLatin1String("out"))
        return Direction::Outbound;
    if (key == QLatin1String("in"))
        return Direction::Inbound;
    return std::nullopt;
}

} // namespace chorus
