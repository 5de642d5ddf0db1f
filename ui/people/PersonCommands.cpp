#include "PersonCommands.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace chorus::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)
};

// Identities dropped by an edit come back as new rows: ids that no longer exist are cleared.
Person withLiveIdentityIds(Person target, Workspace& workspace) {
    QSet<Id> live;
    for (const Identity& identity : workspace.people().identities(target.id).valueOr({}))
        live.insert(identity.id);
    for (Identity& identity : target.identities) {
        if (!live.contains(identity.id))
            identity.id = 0;
    }
    return target;
}

} // namespace

AddPersonCommand::AddPersonCommand(Workspace& workspace, Person person, ErrorSink errors)
    : m_workspace(workspace)
    , m_person(std::move(person))
    , m_errors(std::move(errors)) {
    setText(Tr::tr("Add %1").arg(m_person.name.trimmed()));
}

void AddPersonCommand::redo() {
    if (m_id == 0) {
        auto id = m_workspace.people().add(m_person);
        if (!id) {
            setObsolete(true);
            m_errors(id.error().message);
            return;
        }
        m_id = *id;
        return;
    }
    if (auto st = m_workspace.records().restore(m_record); !st)
        m_errors(st.error().message);
}

void AddPersonCommand::undo() {
    auto record = m_workspace.records().snapshot(m_id);
    if (!record) {
        m_errors(record.error().message);
        return;
    }
    m_record = *record;
    if (auto st = m_workspace.people().remove(m_id); !st)
        m_errors(st.error().message);
}

EditPersonCommand::EditPersonCommand(Workspace& workspace, Person before, Person after, ErrorSink errors)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_errors(std::move(errors)) {
    setText(Tr::tr("Edit %1").arg(m_after.name.trimmed()));
}

bool EditPersonCommand::apply(const Person& target) {
    if (auto st = m_workspace.people().update(withLiveIdentityIds(target, m_workspace)); !st) {
        m_errors(st.error().message);
        return false;
    }
    return true;
}

void EditPersonCommand::redo() {
    if (!apply(m_after) && !m_done)
        setObsolete(true);
    m_done = true;
}

void EditPersonCommand::undo() {
    apply(m_before);
}

DeletePersonCommand::DeletePersonCommand(Workspace& workspace, Id personId, const QString& name,
                                         ErrorSink errors)
    : m_workspace(workspace)
    , m_id(personId)
    , m_errors(std::move(errors)) {
    setText(Tr::tr("Delete %1").arg(name));
}

void DeletePersonCommand::redo() {
    auto record = m_workspace.records().snapshot(m_id);
    Status st = record ? m_workspace.people().remove(m_id) : Status(record.error());
    if (!st) {
        if (!m_done)
            setObsolete(true);
        m_errors(st.error().message);
    } else {
        m_record = *record;
    }
    m_done = true;
}

void DeletePersonCommand::undo() {
    if (auto st = m_workspace.records().restore(m_record); !st)
        m_errors(st.error().message);
}

} // namespace chorus::ui
