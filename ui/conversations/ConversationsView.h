#pragma once

#include "model/Conversation.h"
#include "shell/IdRefs.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class ConversationDetail;
class ConversationEditor;
class ConversationsModel;

/// The Conversations page: threads (most recent first, filter by text and status), the chosen thread's
/// detail beside them, and the editor for new and changed threads.
class ConversationsView final : public QWidget {
    Q_OBJECT
public:
    ConversationsView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~ConversationsView() override;

    void showConversation(Id id);
    void newConversation();
    void editConversation(Id id);
    ConversationsModel* model() const { return m_model; }
    ConversationDetail* detail() const { return m_detail; }
    ConversationEditor* editor() const { return m_editor; }

signals:
    void personActivated(chorus::Id id);
    void statusMessage(const QString& text);

private:
    void applyFilter();
    void onSaveRequested(const Conversation& before, const Conversation& after);

    Workspace& m_workspace;
    QUndoStack* m_undo;
    std::shared_ptr<IdRefs> m_ids = std::make_shared<IdRefs>();
    ConversationsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_status = nullptr;
    QStackedWidget* m_side = nullptr;
    ConversationDetail* m_detail = nullptr;
    ConversationEditor* m_editor = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace chorus::ui
