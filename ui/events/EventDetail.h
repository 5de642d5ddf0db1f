#pragma once

#include "model/Ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QUndoStack;

namespace chorus {
class Workspace;
struct Change;
} // namespace chorus

namespace chorus::ui {

/// One event: what, when, where; the attendees, each with the touchpoints the user had with them at
/// the event; and the event's notes (add one, undoably).
class EventDetail final : public QWidget {
    Q_OBJECT
public:
    EventDetail(Workspace& workspace, QUndoStack* undoStack, QWidget* parent = nullptr);

    void showEventDetails(Id id);
    Id eventId() const { return m_id; }
    void reload();
    void addNote();

signals:
    void personActivated(chorus::Id id);

private:
    void onChanged(const Change& change);

    Workspace& m_workspace;
    QUndoStack* m_undo;
    Id m_id = 0;
    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QTreeWidget* m_attendees = nullptr;
    QListWidget* m_notes = nullptr;
    QLineEdit* m_noteText = nullptr;
};

} // namespace chorus::ui
