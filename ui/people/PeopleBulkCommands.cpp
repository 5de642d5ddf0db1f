#include "PeopleBulkCommands.h"
#include "shell/Plural.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

namespace chorus::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PeopleBulkCommands)
};
} // namespace

SetStanceCommand::SetStanceCommand(Workspace& workspace, QVector<Id> ids, Stance stance, ErrorSink errors)
    : m_workspace(workspace)
    , m_ids(std::move(ids))
    , m_stance(stance)
    , m_errors(std::move(errors)) {
    setText(countOf(int(m_ids.size()), Tr::tr("Set stance of 1 person"), Tr::tr("Set stance of %L1 people")));
    for (const Person& p : m_workspace.people().basics(m_ids).valueOr({}))
        m_before.insert(p.id, p.stance);
}

void SetStanceCommand::redo() {
    if (auto st = m_workspace.people().setStance(m_ids, m_stance); !st) {
        setObsolete(true);
        m_errors(st.error().message);
    }
}

void SetStanceCommand::undo() {
    QHash<Stance, QVector<Id>> byStance;
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        byStance[it.value()] << it.key();
    for (auto it = byStance.cbegin(); it != byStance.cend(); ++it) {
        if (auto st = m_workspace.people().setStance(it.value(), it.key()); !st)
            m_errors(st.error().message);
    }
}

SetArchivedCommand::SetArchivedCommand(Workspace& workspace, QVector<Id> ids, bool archived, ErrorSink errors)
    : m_workspace(workspace)
    , m_ids(std::move(ids))
    , m_archived(archived)
    , m_errors(std::move(errors)) {
    setText(archived ? countOf(int(m_ids.size()), Tr::tr("Archive 1 person"), Tr::tr("Archive %L1 people"))
                     : countOf(int(m_ids.size()), Tr::tr("Restore 1 person from the archive"),
                               Tr::tr("Restore %L1 people from the archive")));
    for (const Person& p : m_workspace.people().basics(m_ids).valueOr({})) {
        if (p.archived != archived)
            m_changed << p.id;
    }
}

void SetArchivedCommand::redo() {
    if (auto st = m_workspace.people().setArchived(m_changed, m_archived); !st) {
        setObsolete(true);
        m_errors(st.error().message);
    }
}

void SetArchivedCommand::undo() {
    if (auto st = m_workspace.people().setArchived(m_changed, !m_archived); !st)
        m_errors(st.error().message);
}

TagPeopleCommand::TagPeopleCommand(Workspace& workspace, QVector<Id> ids, QString tag, ErrorSink errors)
    : m_workspace(workspace)
    , m_ids(std::move(ids))
    , m_tag(tag.trimmed())
    , m_errors(std::move(errors)) {
    setText(countOf(int(m_ids.size()), Tr::tr("Tag 1 person"), Tr::tr("Tag %L1 people")));
    for (Id id : m_ids) {
        if (!m_workspace.tags().personTags(id).valueOr({}).contains(m_tag, Qt::CaseInsensitive))
            m_added << id;
    }
}

void TagPeopleCommand::redo() {
    if (auto st = m_workspace.tags().addToPeople(m_added, m_tag); !st) {
        setObsolete(true);
        m_errors(st.error().message);
    }
}

void TagPeopleCommand::undo() {
    if (auto st = m_workspace.tags().removeFromPeople(m_added, m_tag); !st)
        m_errors(st.error().message);
}

} // namespace chorus::ui
