#pragma once

#include "model/Person.h"
#include "storage/PersonRecordRepository.h"

#include <QUndoCommand>

#include <functional>

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Where a command reports a failure (a translated message). A command that fails on its first redo
/// marks itself obsolete, so QUndoStack drops it and the history never holds an edit that did not happen.
using ErrorSink = std::function<void(const QString&)>;

/// Adds a person. Undo removes them; redo puts back exactly the same row (same id).
class AddPersonCommand final : public QUndoCommand {
public:
    AddPersonCommand(Workspace& workspace, Person person, ErrorSink errors);
    void redo() override;
    void undo() override;
    Id personId() const { return m_id; }

private:
    Workspace& m_workspace;
    Person m_person;
    ErrorSink m_errors;
    Id m_id = 0;
    PersonRecord m_record;
};

/// Replaces a person's fields, identities, topics and tags; undo restores the previous ones.
class EditPersonCommand final : public QUndoCommand {
public:
    EditPersonCommand(Workspace& workspace, Person before, Person after, ErrorSink errors);
    void redo() override;
    void undo() override;

private:
    bool apply(const Person& target);

    Workspace& m_workspace;
    Person m_before;
    Person m_after;
    ErrorSink m_errors;
    bool m_done = false;
};

/// Deletes a person with everything that references them; undo restores it all with the same ids.
class DeletePersonCommand final : public QUndoCommand {
public:
    DeletePersonCommand(Workspace& workspace, Id personId, const QString& name, ErrorSink errors);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    Id m_id;
    ErrorSink m_errors;
    PersonRecord m_record;
    bool m_done = false;
};

} // namespace chorus::ui
