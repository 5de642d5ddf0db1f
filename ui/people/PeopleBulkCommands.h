#pragma once

#include "PersonCommands.h"

#include <QHash>

namespace chorus::ui {

/// Sets one stance on many people; undo gives each their previous stance back.
class SetStanceCommand final : public QUndoCommand {
public:
    SetStanceCommand(Workspace& workspace, QVector<Id> ids, Stance stance, ErrorSink errors);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    QVector<Id> m_ids;
    Stance m_stance;
    ErrorSink m_errors;
    QHash<Id, Stance> m_before;
};

/// Archives (or restores from the archive) many people; undo restores each previous state.
class SetArchivedCommand final : public QUndoCommand {
public:
    SetArchivedCommand(Workspace& workspace, QVector<Id> ids, bool archived, ErrorSink errors);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    QVector<Id> m_ids;
    bool m_archived;
    ErrorSink m_errors;
    QVector<Id> m_changed; ///< those whose state this command flipped
};

/// Adds a tag to many people; undo removes it from those who did not have it before.
class TagPeopleCommand final : public QUndoCommand {
public:
    TagPeopleCommand(Workspace& workspace, QVector<Id> ids, QString tag, ErrorSink errors);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    QVector<Id> m_ids;
    QString m_tag;
    ErrorSink m_errors;
    QVector<Id> m_added;
};

} // namespace chorus::ui
