#include "QuickLogCommand.h"

#include "storage/Workspace.h"
#include "util/DateParsing.h"

#include <QCoreApplication>

namespace chorus::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(QuickLogCommand)
};
} // namespace

QuickLogCommand::QuickLogCommand(Workspace& workspace, QuickLogEntry entry, ErrorSink errors)
    : m_workspace(workspace)
    , m_entry(std::move(entry))
    , m_errors(std::move(errors)) {
    setText(m_entry.kind ? Tr::tr("Log %1").arg(touchpointKindLabel(*m_entry.kind)) : Tr::tr("Log Note"));
}

bool QuickLogCommand::fail(const Error& error) {
    if (m_result.personId == 0)
        setObsolete(true);
    if (m_errors)
        m_errors(error.message);
    return false;
}

void QuickLogCommand::redo() {
    if (m_createdPerson && m_result.personId != 0) {
        // Undone once: the created person comes back exactly as they were, ids and all.
        if (auto st = m_workspace.records().restore(m_createdRecord); !st)
            fail(st.error());
        return;
    }
    const bool first = m_result.personId == 0;
    auto saved = QuickLog(m_workspace).save(m_entry);
    if (!saved) {
        fail(saved.error());
        return;
    }
    m_result = *saved;
    if (first) {
        m_createdPerson = saved->plan.person.by == ResolvedBy::Created;
        // Later redos log the same thing at the same time for the same person, whatever "yesterday" means by
        // then.
        m_entry.who = PersonReference{};
        m_entry.who.id = m_result.personId;
        m_entry.when = isoUtc(saved->plan.at);
        if (saved->plan.followUpDue.isValid())
            m_entry.followUpDue = saved->plan.followUpDue.toString(Qt::ISODate);
    }
}

void QuickLogCommand::undo() {
    if (m_createdPerson) {
        auto record = m_workspace.records().snapshot(m_result.personId);
        if (!record) {
            fail(record.error());
            return;
        }
        m_createdRecord = *record;
        if (auto st = m_workspace.people().remove(m_result.personId); !st)
            fail(st.error());
        return;
    }
    Transaction tx(m_workspace.database());
    Status st = tx.started();
    if (st && m_result.followUpId != 0)
        st = m_workspace.followUps().remove(m_result.followUpId);
    if (st && m_result.touchpointId != 0)
        st = m_workspace.touchpoints().remove(m_result.touchpointId);
    if (st && m_result.noteId != 0)
        st = m_workspace.notes().remove(m_result.noteId);
    if (st)
        st = tx.commit();
    if (!st)
        fail(st.error());
}

} // namespace chorus::ui
