#pragma once

#include "storage/PersonQuery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// The filters above the people table: free text (applied as the user pauses typing), stance, topic,
/// tag, "going cold" and "show archived". Emits the whole filter whenever one part changes.
class PeopleFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit PeopleFilterBar(Workspace& workspace, QWidget* parent = nullptr);

    PersonFilter filter() const;
    /// Reloads the topic and tag lists (after edits elsewhere), keeping the selection.
    void reloadChoices();
    void setMatchCount(int count);

signals:
    void filterChanged(const chorus::PersonFilter& filter);

private:
    void emitChange();

    Workspace& m_workspace;
    QLineEdit* m_text = nullptr;
    QComboBox* m_stance = nullptr;
    QComboBox* m_topic = nullptr;
    QComboBox* m_tag = nullptr;
    QCheckBox* m_goingCold = nullptr;
    QCheckBox* m_archived = nullptr;
    QLabel* m_count = nullptr;
    QTimer m_typing;
};

} // namespace chorus::ui
