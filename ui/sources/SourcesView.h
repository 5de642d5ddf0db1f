#pragma once

#include "feeds/FeedRefresher.h"
#include "feeds/RefreshTypes.h"
#include "util/Result.h"

#include <QPointer>
#include <QProgressBar>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSpinBox;
class QTableView;
class QTimer;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class SourcesModel;

/// The Sources page: every followed feed with its person, address, item count, last result (the error as a
/// tooltip and below the table), when it was fetched and when a failing one is tried again. Add, remove,
/// follow the feeds of a person's identities, refresh the selected source (even when backing off) or all;
/// refreshes run on the network asynchronously and report progress through progressBar() (for the status
/// bar), can be cancelled, and can repeat every few hours while the program runs.
class SourcesView final : public QWidget {
    Q_OBJECT
public:
    explicit SourcesView(Workspace& workspace, QWidget* parent = nullptr);
    ~SourcesView() override;

    SourcesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Shown while a refresh runs; the page's owner puts it into the status bar.
    QProgressBar* progressBar() const { return m_progress; }
    bool isRefreshing() const { return !m_refresher.isNull(); }
    /// Network options for the refreshes this page starts (tests shorten the timeout).
    void setRefreshOptions(const RefreshOptions& options) { m_options = options; }

    void addSource();
    void removeSelected();
    void followIdentities();
    void refreshSelected();
    void refreshAll();
    void cancelRefresh();

signals:
    void statusMessage(const QString& text);
    void refreshFinished(const chorus::RefreshSummary& summary);

private:
    Id selectedSourceId() const;
    void startRefresh(bool ignoreBackoff, const std::function<Status(FeedRefresher&)>& start);
    void onFinished(const RefreshSummary& summary);
    void updateActions();
    void updateDetails();
    void setAutoRefreshHours(int hours);

    Workspace& m_workspace;
    RefreshOptions m_options;
    SourcesModel* m_model;
    QTableView* m_table;
    QLabel* m_details;
    QPointer<QProgressBar> m_progress; ///< lives in the status bar, which may go first
    QSpinBox* m_autoHours;
    QTimer* m_autoTimer;
    QAction* m_add;
    QAction* m_remove;
    QAction* m_follow;
    QAction* m_refresh;
    QAction* m_refreshAll;
    QAction* m_cancel;
    QPointer<FeedRefresher> m_refresher;
};

} // namespace chorus::ui
