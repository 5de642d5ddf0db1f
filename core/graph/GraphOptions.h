#pragma once

#include "storage/GraphRepository.h"

#include <QDateTime>
#include <QString>

namespace chorus {

/// Where the relationship graph's edges come from.
enum GraphSource : unsigned {
    SourceTies = 1u << 0,          ///< ties the user entered or that were inferred
    SourceConversations = 1u << 1, ///< two people took part in the same conversation
    SourceEvents = 1u << 2,        ///< two people attended the same event
    SourceAll = SourceTies | SourceConversations | SourceEvents,
};

/// How evidence turns into edge weights. An edge's weight is the sum of its pieces of evidence:
///   tie:          strength × kind factor × (floor + (1 − floor) × recency)
///   conversation: conversationWeight × recency / (k − 1)  (per shared conversation of k people)
///   event:        eventWeight × recency / (k − 1)         (per shared event of k attendees)
/// with recency = 0.5 ^ (age in days / halfLifeDays). Ties fade only to `tieRecencyFloor`: a relationship the
/// user entered does not vanish because it is old. Dividing by k − 1 gives every participant the same total
/// from a thread whatever its size (a two-person exchange says more about two people than a nine-person one).
/// Edges that come only from conversations and events are then thinned to each person's `groupNeighbours`
/// strongest co-participants (see thinGroupEdges): without it they are 80 % of the graph.
struct GraphOptions {
    unsigned sources = SourceAll;
    GraphScope scope;
    double halfLifeDays = 180.0;
    double tieRecencyFloor = 0.5;
    double knowsFactor = 1.0;
    double colleaguesFactor = 1.0;
    double collaboratesFactor = 1.5;
    double introducedFactor = 1.2;
    double conversationWeight = 0.25;
    double eventWeight = 0.35;
    int maxConversationSize = 25; ///< bigger threads say little about who knows whom
    int maxEventSize = 60;        ///< so do big conferences
    int groupNeighbours = 5;      ///< group-only edges each person keeps (0: all)
    double minWeight = 0.0;       ///< edges lighter than this are dropped (the "minimum tie strength" filter)
    QDateTime now;                ///< the instant recency is measured from (invalid: the workspace clock)

    /// A stable text form of everything above, for caching.
    QString key() const;
};

} // namespace chorus
