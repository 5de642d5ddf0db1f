#include "GraphOptions.h"

#include <QStringList>

namespace chorus {

QString GraphOptions::key() const {
    QStringList parts;
    parts << QString::number(sources) << QString::number(halfLifeDays) << QString::number(tieRecencyFloor)
          << QString::number(knowsFactor) << QString::number(colleaguesFactor)
          << QString::number(collaboratesFactor) << QString::number(introducedFactor)
          << QString::number(conversationWeight) << QString::number(eventWeight)
          << QString::number(maxConversationSize) << QString::number(maxEventSize)
          << QString::number(groupNeighbours) << QString::number(minWeight)
          << (now.isValid() ? QString::number(now.toSecsSinceEpoch()) : QString())
          << (scope.topicId ? QString::number(*scope.topicId) : QString())
          << (scope.from.isValid() ? QString::number(scope.from.toSecsSinceEpoch()) : QString())
          << (scope.to.isValid() ? QString::number(scope.to.toSecsSinceEpoch()) : QString())
          << QString::number(scope.includeArchived);
    QStringList stances;
    for (Stance s : scope.stances)
        stances << stanceKey(s);
    parts << stances.join(QLatin1Char(','));
    return parts.join(QLatin1Char('|'));
}

} // namespace chorus
