#include "DuplicatesView.h"

#include "MergeDialog.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {
constexpr int kPersonRole = Qt::UserRole;
}

DuplicatesView::DuplicatesView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_starter([](const QString& path) { return DuplicateScan::start(path); }) {
    setObjectName(QStringLiteral("duplicatesView"));
    setWindowTitle(tr("Find Duplicates"));
    m_scan = new QPushButton(tr("&Scan Workspace"), this);
    m_scan->setObjectName(QStringLiteral("duplicatesScan"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("duplicatesCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("duplicatesProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Scan progress"));
    connect(m_scan, &QPushButton::clicked, this, &DuplicatesView::startScan);
    connect(m_cancel, &QPushButton::clicked, this, &DuplicatesView::cancelScan);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DuplicatesView::scanFinished);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("duplicatesTree"));
    m_tree->setAccessibleName(tr("Likely duplicates"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("People"), tr("Organisation"), tr("Touchpoints")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { mergeCurrent(); });

    m_merge = new QPushButton(tr("&Merge…"), this);
    m_merge->setObjectName(QStringLiteral("duplicatesMerge"));
    m_merge->setToolTip(tr("Merge the chosen person into the first of the group (Enter)"));
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesView::mergeCurrent);
    m_dismiss = new QPushButton(tr("&Not the Same Person"), this);
    m_dismiss->setObjectName(QStringLiteral("duplicatesDismiss"));
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesView::dismissCurrent);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_scan);
    top->addWidget(m_cancel);
    top->addWidget(m_progress, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_merge);
    bottom->addWidget(m_dismiss);
    bottom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);
    resize(760, 520);
}

DuplicatesView::~DuplicatesView() {
    if (m_watcher.isRunning()) {
        m_watcher.disconnect(this);
        m_watcher.cancel();
        m_watcher.waitForFinished(); // the worker stops at its next progress step
    }
}

bool DuplicatesView::isScanning() const {
    return m_scanning;
}

QString DuplicatesView::statusText() const {
    return m_status->text();
}

void DuplicatesView::setStatus(const QString& text) {
    m_status->setText(text);
    emit statusMessage(text);
}

void DuplicatesView::startScan() {
    if (isScanning())
        return;
    m_tree->clear();
    m_progress->setValue(0);
    m_scan->setEnabled(false);
    m_cancel->setEnabled(true);
    setStatus(tr("Scanning the workspace…"));
    m_scanning = true;
    m_watcher.setFuture(m_starter(m_workspace.path()));
}

void DuplicatesView::cancelScan() {
    if (!isScanning())
        return;
    m_cancel->setEnabled(false);
    setStatus(tr("Cancelling…"));
    m_watcher.cancel();
}

void DuplicatesView::scanFinished() {
    m_scanning = false;
    m_scan->setEnabled(true);
    m_cancel->setEnabled(false);
    const QFuture<DuplicateScanReport> future = m_watcher.future();
    if (future.isCanceled() && future.resultCount() == 0) {
        setStatus(tr("Scan cancelled."));
        return;
    }
    const DuplicateScanReport report = future.resultCount() > 0 ? future.result() : DuplicateScanReport{};
    if (report.error) {
        setStatus(report.error->code == ErrorCode::Cancelled
                      ? tr("Scan cancelled.")
                      : tr("Scan failed: %1").arg(report.error->message));
        return;
    }
    m_progress->setValue(1000);
    showGroups(report.groups);
    setStatus(report.groups.isEmpty() ? tr("No likely duplicates among %1 people.").arg(report.stats.people)
                                      : tr("Groups of likely duplicates: %1 (among %2 people).")
                                            .arg(report.groups.size())
                                            .arg(report.stats.people));
}

void DuplicatesView::showGroups(const QVector<DuplicateGroup>& groups) {
    m_tree->clear();
    for (const DuplicateGroup& g : groups) {
        QStringList names;
        for (const DuplicateMember& m : g.members)
            names << m.name;
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, tr("%1% — %2").arg(qRound(g.score * 100)).arg(names.join(QStringLiteral(", "))));
        QStringList why;
        for (const DuplicatePair& p : g.pairs)
            why << describeEvidence(p.evidence);
        group->setToolTip(0, why.join(QLatin1Char('\n')));
        for (const DuplicateMember& m : g.members) {
            auto* member = new QTreeWidgetItem(group);
            member->setText(0, m.name);
            member->setText(1, m.organisation);
            member->setText(2, QString::number(m.touchpointCount));
            member->setData(0, kPersonRole, m.personId);
        }
        group->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

std::optional<QPair<Id, Id>> DuplicatesView::currentPair() const {
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    QTreeWidgetItem* group = item->parent() ? item->parent() : item;
    if (group->childCount() < 2)
        return std::nullopt;
    const Id survivor = group->child(0)->data(0, kPersonRole).value<Id>();
    Id other = group->child(1)->data(0, kPersonRole).value<Id>();
    if (item->parent() && item != group->child(0))
        other = item->data(0, kPersonRole).value<Id>();
    return qMakePair(survivor, other);
}

void DuplicatesView::mergeCurrent() {
    const auto pair = currentPair();
    if (!pair)
        return;
    if (m_mergeDialog)
        m_mergeDialog->close();
    m_mergeDialog = new MergeDialog(
        m_workspace, m_undoStack, pair->first, pair->second, [this](const QString& m) { setStatus(m); },
        this);
    m_mergeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mergeDialog, &MergeDialog::merged, this, [this](Id survivor, Id removed) {
        Q_UNUSED(survivor)
        removeMember(removed);
        setStatus(tr("Merged. Edit ▸ Undo puts both back."));
    });
    m_mergeDialog->open();
}

void DuplicatesView::dismissCurrent() {
    const auto pair = currentPair();
    if (!pair)
        return;
    if (auto st = m_workspace.dedupe().markNotDuplicates(pair->first, pair->second); !st) {
        setStatus(st.error().message);
        return;
    }
    removeMember(pair->second);
    setStatus(tr("Noted: later scans leave this pair out."));
}

void DuplicatesView::removeMember(Id personId) {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kPersonRole).value<Id>() == personId) {
                delete group->takeChild(i);
                break;
            }
        }
        if (group->childCount() < 2) {
            delete m_tree->takeTopLevelItem(g);
            --g;
        }
    }
}

} // namespace chorus::ui
