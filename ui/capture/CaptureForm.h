#pragma once

#include "capture/CaptureSession.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace chorus::ui {

/// One "person I met" of event capture: name, handles, organisation, topics, stance guess, note and
/// follow-up, each written to the draft as it is typed (CaptureSession::setField commits every keystroke),
/// and the stored people it may be (PersonMatcher) listed live beside it. Choosing a match (Enter on it,
/// Alt+M to get there) attaches the draft to that person instead of creating a new one. Enter in a field asks
/// to save.
class CaptureForm final : public QWidget {
    Q_OBJECT
public:
    explicit CaptureForm(Workspace& workspace, QWidget* parent = nullptr);

    /// Shows `draft` of `session` (which must outlive the form's use of it); nullptr clears the form.
    void load(CaptureSession* session, const CaptureDraft& draft);
    void clear();
    Id draftId() const { return m_draftId; }
    /// The person the draft is attached to (0: a new person).
    Id attachedPersonId() const { return m_attachedId; }

    void showError(const QString& message);
    QString errorText() const;
    void focusFirstField();
    /// Runs the match query now (normally a short moment after typing stops).
    void refreshMatches();

signals:
    void saveRequested();
    /// The name as typed, for the drafts list.
    void nameEdited(chorus::Id draftId, const QString& name);

private:
    QLineEdit* addField(CaptureField field, const QString& label, const QString& placeholder);
    void store(CaptureField field, const QString& value);
    void choose(Id personId, const QString& name);
    void showAttached();

    Workspace& m_workspace;
    CaptureSession* m_session = nullptr;
    Id m_draftId = 0;
    Id m_attachedId = 0;
    QString m_attachedName;
    QHash<CaptureField, QLineEdit*> m_edits;
    QComboBox* m_stance = nullptr;
    QListWidget* m_matches = nullptr;
    QLabel* m_attached = nullptr;
    QPushButton* m_createNew = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_matchTimer = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace chorus::ui
