#include "NoteRepository.h"

#include "Sql.h"

#include <QCoreApplication>

namespace chorus {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Notes)
};

QString subjectColumn(NoteSubject subject) {
    switch (subject) {
    case NoteSubject::Person:
        return QStringLiteral("person_id");
    case NoteSubject::Conversation:
        return QStringLiteral("conversation_id");
    case NoteSubject::Event:
        return QStringLiteral("event_id");
    }
    return QStringLiteral("person_id");
}

Note fromRow(const sql::Rows& r) {
    Note n;
    n.id = r.integer(0);
    if (!r.isNull(1)) {
        n.subject = NoteSubject::Person;
        n.subjectId = r.integer(1);
    } else if (!r.isNull(2)) {
        n.subject = NoteSubject::Conversation;
        n.subjectId = r.integer(2);
    } else {
        n.subject = NoteSubject::Event;
        n.subjectId = r.integer(3);
    }
    n.body = r.text(4);
    n.createdAt = sql::fromEpoch(r.value(5));
    n.updatedAt = sql::fromEpoch(r.value(6));
    return n;
}

const QString kColumns =
    QStringLiteral("id, person_id, conversation_id, event_id, body, created_at, updated_at");
} // namespace

Result<Id> NoteRepository::add(const Note& note) {
    if (note.body.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Note: the text is empty."));
    if (note.subjectId <= 0)
        return makeError(ErrorCode::Invalid, Tr::tr("Note: attach it to a person, conversation or event."));
    const QVariant now = sql::epoch(m_clock.now());
    const QVariant created = note.createdAt.isValid() ? sql::epoch(note.createdAt) : now;
    auto id =
        sql::insert(m_db,
                    QStringLiteral("INSERT INTO notes (%1, body, created_at, updated_at) VALUES (?, ?, ?, ?)")
                        .arg(subjectColumn(note.subject)),
                    {note.subjectId, note.body, created, created});
    if (!id) {
        if (id.error().message.contains(QLatin1String("FOREIGN KEY")))
            return makeError(
                ErrorCode::NotFound,
                Tr::tr("Note: what it is attached to (id %1) does not exist.").arg(note.subjectId));
        return id.error();
    }
    m_db.announce({Entity::Note, ChangeKind::Inserted, {*id}});
    return id;
}

Status NoteRepository::update(Id id, const QString& body) {
    if (body.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Note: the text is empty."));
    auto changed = sql::modify(m_db, QStringLiteral("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?"),
                               {body, sql::epoch(m_clock.now()), id});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No note with id %1.").arg(id));
    m_db.announce({Entity::Note, ChangeKind::Updated, {id}});
    return {};
}

Status NoteRepository::remove(Id id) {
    auto st = sql::exec(m_db, QStringLiteral("DELETE FROM notes WHERE id = ?"), {id});
    if (st)
        m_db.announce({Entity::Note, ChangeKind::Removed, {id}});
    return st;
}

Result<Note> NoteRepository::get(Id id) const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT %1 FROM notes WHERE id = ?").arg(kColumns), {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No note with id %1.").arg(id));
    return fromRow(*rows);
}

Result<QVector<Note>> NoteRepository::forSubject(NoteSubject subject, Id subjectId) const {
    auto rows =
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM notes WHERE %2 = ? ORDER BY created_at DESC, id DESC")
                        .arg(kColumns, subjectColumn(subject)),
                    {subjectId});
    if (!rows)
        return rows.error();
    QVector<Note> out;
    while (rows->next())
        out.push_back(fromRow(*rows));
    return out;
}

Result<int> NoteRepository::count() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM notes"));
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace chorus
