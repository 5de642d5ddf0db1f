#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace chorus {

enum class TieKind { Knows, Colleagues, Collaborates, IntroducedByMe };
enum class TieOrigin { Manual, Conversation, Event, Introduction, Import };

/// A relationship between two people. Stored with personA < personB.
struct Tie {
    Id id = 0;
    Id personA = 0;
    Id personB = 0;
    TieKind kind = TieKind::Knows;
    double strength = 0.5; ///< 0..1
    TieOrigin origin = TieOrigin::Manual;
    QDateTime createdAt;

    bool operator==(const Tie&) const = default;
};

QString tieKindKey(TieKind kind);
std::optional<TieKind> tieKindFromKey(const QString& key);
QString tieKindLabel(TieKind kind);
QString tieOriginKey(TieOrigin origin);
std::optional<TieOrigin> tieOriginFromKey(const QString& key);
QString tieOriginLabel(TieOrigin origin);

} // namespace chorus
