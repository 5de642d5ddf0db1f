#pragma once

#include "model/Ids.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// One line of a person's timeline.
struct TimelineEntry {
    enum class Kind { Touchpoint, Note, Conversation, FollowUp };
    Kind kind = Kind::Touchpoint;
    QDateTime at;
    QString what;   ///< "Replied", "Note", "Started a thread", "Follow-up due"
    QString detail; ///< the note text, the thread title, what was promised
    Id id = 0;      ///< the touchpoint, note, conversation or follow-up
    Id conversationId = 0;
};

/// Touchpoints, notes, conversations and follow-ups of one person merged into one list, newest first.
QVector<TimelineEntry> personTimeline(Workspace& workspace, Id personId);

} // namespace chorus::ui
