#include "PersonTimeline.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace chorus::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PersonTimeline)
};
} // namespace

QVector<TimelineEntry> personTimeline(Workspace& workspace, Id personId) {
    QVector<TimelineEntry> entries;
    for (const Touchpoint& t : workspace.touchpoints().forPerson(personId).valueOr({})) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Touchpoint;
        e.at = t.at;
        e.what = touchpointKindLabel(t.kind);
        if (t.direction == Direction::Inbound)
            e.what = Tr::tr("%1 (they reached out)").arg(e.what);
        e.detail = t.note;
        e.id = t.id;
        e.conversationId = t.conversationId;
        entries << e;
    }
    for (const Note& n : workspace.notes().forSubject(NoteSubject::Person, personId).valueOr({})) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Note;
        e.at = n.createdAt;
        e.what = Tr::tr("Note");
        e.detail = n.body;
        e.id = n.id;
        entries << e;
    }
    for (const PersonConversation& c : workspace.conversations().forPerson(personId).valueOr({})) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Conversation;
        e.at = c.role == ParticipantRole::Started && c.startedAt.isValid() ? c.startedAt : c.lastActivityAt;
        if (!e.at.isValid())
            e.at = c.startedAt;
        e.what = c.role == ParticipantRole::Started   ? Tr::tr("Started a thread")
                 : c.role == ParticipantRole::Replied ? Tr::tr("Took part in a thread")
                                                      : Tr::tr("Mentioned in a thread");
        e.detail = c.title;
        e.id = c.conversationId;
        e.conversationId = c.conversationId;
        entries << e;
    }
    for (const FollowUp& f : workspace.followUps().forPerson(personId).valueOr({})) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::FollowUp;
        if (f.isOpen()) {
            e.at = QDateTime(f.effectiveDue(), QTime(9, 0));
            e.what = Tr::tr("Follow-up due");
        } else {
            e.at = f.doneAt;
            e.what = Tr::tr("Follow-up done");
        }
        e.detail = f.title;
        e.id = f.id;
        entries << e;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at > b.at; });
    return entries;
}

} // namespace chorus::ui
