#pragma once

#include "TodayModel.h"
#include "model/Ids.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTreeView;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// What the worker hands back: the five lists, or why they could not be made.
struct TodayLists {
    TodayModel::Sections sections;
    QString error;
};

/// The Today page (DESIGN.md §2, morning): a few suggestions of each kind with their sentence, one-key
/// actions (Return open, D done, Delete dismiss, S snooze a week, F5 refresh), a link to the thing to act on,
/// and the user's do-with / do-to balance for the last 30 days. The lists are computed in a worker thread on
/// its own connection; acting asks before logging the matching touchpoint.
class TodayPage final : public QWidget {
    Q_OBJECT
public:
    static constexpr int ItemsPerKind = 5;

    explicit TodayPage(Workspace& workspace, QWidget* parent = nullptr);
    ~TodayPage() override;

    TodayModel* model() const { return m_model; }
    /// Recompute the lists (in the background) and the balance.
    void reload();
    bool isLoading() const { return m_watcher.isRunning(); }

    void openCurrent();
    void markCurrentDone();
    void dismissCurrent();
    void snoozeCurrent();

signals:
    void personActivated(chorus::Id id);
    void conversationActivated(chorus::Id id);
    void statusMessage(const QString& text);
    /// The lists were recomputed and are on screen.
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildActions();
    void onLoaded();
    void updateDetails();
    void updateBalance();
    void afterAction(const QModelIndex& index, const QString& message);
    const Suggestion* current() const;
    QDateTime now() const;

    Workspace& m_workspace;
    TodayModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_state = nullptr;
    QFutureWatcher<TodayLists> m_watcher;
    bool m_reloadPending = false;
};

} // namespace chorus::ui
