#pragma once

#include "model/Ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class FollowUpsModel;

/// The open follow-ups, overdue first, for working through them by keyboard: D (or Space) marks the current
/// one done, S snoozes it to the date in "Snooze until" ("tomorrow" unless changed: "friday", "next week",
/// "+3d"), Enter opens the person. Both actions go through the window's undo stack.
class FollowUpsPanel final : public QWidget {
    Q_OBJECT
public:
    FollowUpsPanel(Workspace& workspace, QUndoStack* undoStack, QWidget* parent = nullptr);

    FollowUpsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString errorText() const;

    void markCurrentDone();
    void snoozeCurrent();

signals:
    void personRequested(chorus::Id personId);
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Id currentId() const;
    void selectAfterChange(int row);
    void updateCounts();
    void showError(const QString& message);

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    FollowUpsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_snoozeUntil = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace chorus::ui
