#pragma once

#include "MatchEvidence.h"
#include "model/Ids.h"
#include "model/Stance.h"

#include <QString>
#include <QVector>

namespace chorus {

/// A stored person who may be the one being typed or imported.
struct MatchCandidate {
    Id personId = 0;
    QString name;
    QString organisation;
    Stance stance = Stance::Unknown;
    bool archived = false;
    int touchpointCount = 0;
    double score = 0.0; ///< 0..1; 0.75 and above is a likely duplicate
    QVector<MatchEvidence> evidence;

    QString explanation() const { return describeEvidence(evidence); }
};

/// Two people of a duplicate group and why they look alike.
struct DuplicatePair {
    Id a = 0;
    Id b = 0;
    double score = 0.0;
    QVector<MatchEvidence> evidence;
};

struct DuplicateMember {
    Id personId = 0;
    QString name;
    QString organisation;
    Stance stance = Stance::Unknown;
    bool archived = false;
    int touchpointCount = 0;
};

/// People who are probably one person. `members` starts with the suggested survivor (the one with the most
/// history); `pairs` are the matches that joined them (a spanning set: one fewer than the members), `score`
/// the strongest match seen among them.
struct DuplicateGroup {
    QVector<DuplicateMember> members;
    QVector<DuplicatePair> pairs;
    double score = 0.0; ///< the strongest pair

    Id suggestedSurvivor() const { return members.isEmpty() ? 0 : members.first().personId; }
};

/// What a whole-workspace scan looked at.
struct DuplicateScanStats {
    qint64 people = 0;
    qint64 blocks = 0;        ///< candidate blocks with at least two people
    qint64 skippedBlocks = 0; ///< blocks too broad to mean anything (a shared generic address…)
    qint64 pairsCompared = 0;
    qint64 pairsAboveThreshold = 0;
};

} // namespace chorus
