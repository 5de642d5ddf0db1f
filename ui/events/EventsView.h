#pragma once

#include "model/Ids.h"

#include <QWidget>

class QLineEdit;
class QSplitter;
class QTableView;
class QUndoStack;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class EventDetail;
class EventsModel;

/// The Events page: conferences, meetups and calls (newest first, filter by name or place) with the
/// chosen event's attendees, touchpoints and notes beside them.
class EventsView final : public QWidget {
    Q_OBJECT
public:
    EventsView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~EventsView() override;

    void showEventDetails(Id id);
    EventsModel* model() const { return m_model; }
    EventDetail* detail() const { return m_detail; }

signals:
    void personActivated(chorus::Id id);

private:
    EventsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_text = nullptr;
    EventDetail* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace chorus::ui
