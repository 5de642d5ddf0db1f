#pragma once

#include "Database.h"
#include "model/Note.h"
#include "util/Clock.h"

#include <QVector>

namespace chorus {

/// Free-text notes on a person, conversation or event; indexed for full-text search.
class NoteRepository final {
public:
    NoteRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<Id> add(const Note& note);
    Status update(Id id, const QString& body);
    Status remove(Id id);
    Result<Note> get(Id id) const;
    Result<QVector<Note>> forSubject(NoteSubject subject, Id subjectId) const; ///< newest first
    Result<int> count() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus
