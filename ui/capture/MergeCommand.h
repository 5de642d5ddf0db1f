#pragma once

#include "dedupe/PersonMerger.h"

#include <QUndoCommand>

#include <functional>

namespace chorus::ui {

/// Merges one person into another (PersonMerger: one transaction, every referencing row moved); undo puts
/// both back exactly, with their ids. A first redo that fails marks the command obsolete.
class MergeCommand final : public QUndoCommand {
public:
    using ErrorSink = std::function<void(const QString&)>;

    MergeCommand(Workspace& workspace, MergeRequest request, const QString& otherName, ErrorSink errors);
    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    MergeRequest m_request;
    ErrorSink m_errors;
    std::optional<MergeUndo> m_undo;
    bool m_everDone = false;
};

} // namespace chorus::ui
