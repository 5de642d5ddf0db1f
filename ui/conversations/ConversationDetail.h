#pragma once

#include "model/Conversation.h"
#include "shell/IdRefs.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace chorus {
class Workspace;
struct Change;
} // namespace chorus

namespace chorus::ui {

class PersonCompleter;

/// One conversation: title and link, status (changed here, undoably), topics, summary, participants
/// with their roles (add by typing a name or handle, with completion; remove), and notes (add).
class ConversationDetail final : public QWidget {
    Q_OBJECT
public:
    ConversationDetail(Workspace& workspace, QUndoStack* undoStack, std::shared_ptr<IdRefs> ids,
                       QWidget* parent = nullptr);

    void showConversation(Id id);
    Id conversationId() const { return m_id; }
    void reload();

    /// Adds the person named in the participant field with the chosen role; false (and a message)
    /// when nobody or several people answer to the name.
    bool addTypedParticipant();
    void removeSelectedParticipant();
    void addNote();
    void setStatus(ConversationStatus status);
    QString message() const;

signals:
    void personActivated(chorus::Id id);
    void editRequested(chorus::Id id);

private:
    void onChanged(const Change& change);
    void report(const QString& text);

    Workspace& m_workspace;
    QUndoStack* m_undo;
    std::shared_ptr<IdRefs> m_ids;
    Id m_id = 0;
    Conversation m_conversation;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_topics = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_participants = nullptr;
    QLineEdit* m_participantName = nullptr;
    PersonCompleter* m_completer = nullptr;
    QComboBox* m_role = nullptr;
    QListWidget* m_notes = nullptr;
    QLineEdit* m_noteText = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace chorus::ui
