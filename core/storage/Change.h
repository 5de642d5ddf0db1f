#pragma once

#include "model/Ids.h"

#include <QMetaType>
#include <QVector>

namespace chorus {

/// What kind of row a change notification is about.
enum class Entity {
    Person,
    Identity,
    Topic,
    Tag,
    Tie,
    Conversation,
    Event,
    Touchpoint,
    Note,
    FollowUp,
    Feedback,
    Setting,
    Source,
    Workspace, ///< many things at once (an import, a merge, a restore): reload everything
};

enum class ChangeKind { Inserted, Updated, Removed };

/// One committed change; emitted by ChangeNotifier only after the transaction commits.
struct Change {
    Entity entity = Entity::Workspace;
    ChangeKind kind = ChangeKind::Updated;
    QVector<Id> ids;
};

} // namespace chorus

Q_DECLARE_METATYPE(chorus::Change)
