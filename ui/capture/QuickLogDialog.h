#pragma once

#include "capture/QuickLog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QUndoStack;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class KindComboBox;
class WhoCompleter;

/// The keyboard-first quick log (Ctrl+L): who (completion over names and handles), what kind (grouped
/// do-with / do-to), when ("now", "yesterday", "2 days ago"…), an optional conversation or event, a note and
/// an optional follow-up with its due date. Enter saves through the undo stack and closes; the dialog is not
/// modal, so the window stays usable while it is open. A live line under the fields says what will be stored
/// or what is not understood.
class QuickLogDialog final : public QDialog {
    Q_OBJECT
public:
    QuickLogDialog(Workspace& workspace, QUndoStack* undoStack, QWidget* parent = nullptr);

    /// Clears the form (keeping nothing from the last entry), shows it and puts the cursor in "who".
    void start();
    /// The entry as the fields read now.
    QuickLogEntry entry() const;
    QString errorText() const;

signals:
    /// Something was stored; `summary` is for the status bar.
    void logged(const QString& summary);
    /// Storing (or a later undo or redo of it) failed; for the status bar.
    void failed(const QString& message);

public slots:
    void accept() override;

private:
    void buildForm();
    void fillContexts();
    void updatePreview();
    void showError(const QString& message);

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    QLineEdit* m_who = nullptr;
    WhoCompleter* m_completer = nullptr;
    KindComboBox* m_kind = nullptr;
    QCheckBox* m_inbound = nullptr;
    QLineEdit* m_when = nullptr;
    QComboBox* m_conversation = nullptr;
    QComboBox* m_event = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_followUp = nullptr;
    QLineEdit* m_due = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_previewTimer = nullptr;
    QString m_lastFailure;
};

} // namespace chorus::ui
