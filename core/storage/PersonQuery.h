#pragma once

#include "model/Ids.h"
#include "model/Stance.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace chorus {

/// Which people a list shows. Empty fields do not filter.
struct PersonFilter {
    QString text;            ///< full text over names, organisations, roles, places and handles
    QVector<Stance> stances; ///< any of these
    Id topicId = 0;
    Id tagId = 0;
    bool goingColdOnly = false; ///< an established relationship whose health has fallen low
    bool includeArchived = false;

    bool operator==(const PersonFilter&) const = default;
};

enum class PersonSortKey { Name, Organisation, Stance, Topics, Health, LastTouchpoint, OpenFollowUps };

struct PersonSort {
    PersonSortKey key = PersonSortKey::Name;
    bool descending = false;

    bool operator==(const PersonSort&) const = default;
};

/// One line of the people table.
struct PersonRow {
    Id id = 0;
    QString name;
    QString organisation;
    Stance stance = Stance::Unknown;
    QString topics;      ///< the strongest few, comma separated
    double health = 0.0; ///< 0..100 at the time of the query
    bool hasHealth = false;
    QDateTime lastTouchpointAt;
    int openFollowUps = 0;
    bool archived = false;
};

/// What the completer offers when the user types a name or handle.
struct PersonCompletion {
    Id id = 0;
    QString name;
    QString organisation;
    QString handle; ///< the identity that matched, if the match was on a handle
};

} // namespace chorus
