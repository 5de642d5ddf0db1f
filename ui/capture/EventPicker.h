#pragma once

#include "model/Ids.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Chooses the event being captured: one of the workspace's events (newest first), no event, or a new one
/// created by typing its name and pressing Enter (dated today).
class EventPicker final : public QWidget {
    Q_OBJECT
public:
    explicit EventPicker(Workspace& workspace, QWidget* parent = nullptr);

    Id eventId() const;
    /// Reloads the events and selects this one (0: no event) without emitting eventChosen.
    void select(Id eventId);
    QString errorText() const { return m_error; }

signals:
    void eventChosen(chorus::Id eventId);
    void failed(const QString& message);

private:
    void reload();
    void createEvent();

    Workspace& m_workspace;
    QComboBox* m_events = nullptr;
    QLineEdit* m_newName = nullptr;
    QString m_error;
};

} // namespace chorus::ui
