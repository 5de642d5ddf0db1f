#pragma once

#include "dedupe/DuplicateScan.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class MergeDialog;

/// Find Duplicates: scans the whole workspace off the UI thread (DuplicateScan: its own connection, progress,
/// cancel) and lists the groups of people who are probably one person, strongest first, with why. Merge…
/// (Enter) opens the merge dialog for the chosen pair; "Not the same person" remembers the pair so later
/// scans leave it out.
class DuplicatesView final : public QWidget {
    Q_OBJECT
public:
    using ScanStarter = std::function<QFuture<DuplicateScanReport>(const QString& workspacePath)>;

    DuplicatesView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~DuplicatesView() override;

    /// Tests replace the scan (to hold it open for cancel); the default is DuplicateScan::start.
    void setScanStarter(ScanStarter starter) { m_starter = std::move(starter); }

    void startScan();
    void cancelScan();
    bool isScanning() const;
    /// Opens the merge dialog for the current group (the chosen member into the suggested survivor).
    void mergeCurrent();
    void dismissCurrent();

    QTreeWidget* tree() const { return m_tree; }
    MergeDialog* mergeDialog() const { return m_mergeDialog; }
    QString statusText() const;

signals:
    void statusMessage(const QString& text);

private:
    void scanFinished();
    void showGroups(const QVector<DuplicateGroup>& groups);
    /// The selected group's suggested survivor and the other person of the pair to act on.
    std::optional<QPair<Id, Id>> currentPair() const;
    void removeMember(Id personId);
    void setStatus(const QString& text);

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    ScanStarter m_starter;
    QFutureWatcher<DuplicateScanReport> m_watcher;
    QPushButton* m_scan = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_dismiss = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPointer<MergeDialog> m_mergeDialog;
    bool m_scanning = false; ///< until the result is shown
};

} // namespace chorus::ui
