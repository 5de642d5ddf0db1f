#pragma once

#include "MergeCommand.h"
#include "dedupe/PersonMerger.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QRadioButton;
class QUndoStack;

namespace chorus::ui {

/// Merging two people: which one is kept, and for each field (name, organisation, role, location, stance,
/// reach, archived) whose value the kept person ends with; identities, topics and tags of both are kept.
/// Says what will move (touchpoints, notes, follow-ups…). Merge pushes a MergeCommand on the undo stack.
class MergeDialog final : public QDialog {
    Q_OBJECT
public:
    /// `laterErrors` hears of a failing undo or redo of the merge after the dialog has gone (status bar).
    MergeDialog(Workspace& workspace, QUndoStack* undoStack, Id first, Id second,
                MergeCommand::ErrorSink laterErrors = {}, QWidget* parent = nullptr);

    Id survivorId() const { return m_preview.survivor.id; }
    /// The request as the choices read now.
    MergeRequest request() const;
    /// Take this field's value from the person who is not kept (true) or the kept one (false).
    void chooseOther(MergeField field, bool other);
    QString errorText() const;

signals:
    /// The merge is done (and on the undo stack).
    void merged(chorus::Id survivorId, chorus::Id removedId);

public slots:
    void accept() override;

private:
    void load(Id survivor, Id other);
    void rebuildFields();

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    MergeCommand::ErrorSink m_laterErrors;
    MergePreview m_preview;
    QRadioButton* m_keepFirst = nullptr;
    QRadioButton* m_keepSecond = nullptr;
    Id m_first = 0;
    Id m_second = 0;
    QGridLayout* m_grid = nullptr;
    QWidget* m_fieldsBox = nullptr;
    QHash<MergeField, QButtonGroup*> m_choices;
    QLabel* m_moving = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace chorus::ui
