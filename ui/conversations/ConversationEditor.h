#pragma once

#include "model/Conversation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Adds or edits a conversation's own fields (title, link, platform, status, topics, summary); checks
/// them with storage's rules before anything is written and names what is wrong.
class ConversationEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ConversationEditor(Workspace& workspace, QWidget* parent = nullptr);

    void edit(const Conversation& conversation);
    Conversation current() const;
    QString errorText() const;

signals:
    void saveRequested(const chorus::Conversation& before, const chorus::Conversation& after);
    void cancelled();

private:
    void save();

    Workspace& m_workspace;
    Conversation m_original;
    QLabel* m_heading = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_platform = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_topics = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace chorus::ui
