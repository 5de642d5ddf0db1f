#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace chorus {

/// What a note is attached to: exactly one person, conversation or event.
enum class NoteSubject { Person, Conversation, Event };

struct Note {
    Id id = 0;
    NoteSubject subject = NoteSubject::Person;
    Id subjectId = 0;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Note&) const = default;
};

} // namespace chorus
