#include "MergeCommand.h"

#include <QCoreApplication>

namespace chorus::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)
};
} // namespace

MergeCommand::MergeCommand(Workspace& workspace, MergeRequest request, const QString& otherName,
                           ErrorSink errors)
    : m_workspace(workspace)
    , m_request(std::move(request))
    , m_errors(std::move(errors)) {
    setText(Tr::tr("Merge %1 into %2").arg(otherName, m_request.fields.name));
}

void MergeCommand::redo() {
    auto undo = PersonMerger(m_workspace).merge(m_request);
    if (!undo) {
        if (!m_everDone)
            setObsolete(true);
        if (m_errors)
            m_errors(undo.error().message);
        return;
    }
    m_undo = std::move(*undo);
    m_everDone = true;
}

void MergeCommand::undo() {
    if (!m_undo)
        return;
    if (auto st = PersonMerger(m_workspace).undo(*m_undo); !st) {
        if (m_errors)
            m_errors(st.error().message);
        return;
    }
    m_undo.reset();
}

} // namespace chorus::ui
