#pragma once

#include "model/Ids.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace chorus {
class Workspace;
struct Change;
} // namespace chorus

namespace chorus::ui {

/// A person's profile beside the people table: who they are, their identities (links), topics with
/// weights, tags, ties (click to jump), reach history and one timeline, newest first.
class PersonProfile final : public QWidget {
    Q_OBJECT
public:
    explicit PersonProfile(Workspace& workspace, QWidget* parent = nullptr);

    void showPerson(Id id);
    Id personId() const { return m_personId; }
    /// Re-reads the shown person (after an edit).
    void reload();

signals:
    /// A tie or other link to a person was clicked.
    void personActivated(chorus::Id id);
    /// A thread in the timeline was double-clicked (or Enter pressed on it).
    void conversationActivated(chorus::Id id);
    void editRequested(chorus::Id id);
    void deleteRequested(chorus::Id id);

private:
    QLabel* addSection(const QString& title, const QString& objectName);
    void onChanged(const Change& change);
    void fillTimeline();

    Workspace& m_workspace;
    Id m_personId = 0;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_stance = nullptr;
    QLabel* m_identities = nullptr;
    QLabel* m_topics = nullptr;
    QLabel* m_tags = nullptr;
    QLabel* m_ties = nullptr;
    QLabel* m_reach = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QWidget* m_details = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace chorus::ui
