#include "SourcesView.h"

#include "AddSourceDialog.h"
#include "SourcesModel.h"
#include "capture/PersonResolver.h"
#include "feeds/FeedRefresher.h"
#include "feeds/PersonFeeds.h"
#include "shell/DialogService.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace chorus::ui {
namespace {
const QString kAutoRefreshKey = QStringLiteral("sources.refresh_hours");

QAction* makeAction(QWidget* owner, const QString& name, const QString& text, const QString& tip) {
    auto* action = new QAction(text, owner);
    action->setObjectName(name);
    action->setToolTip(tip);
    return action;
}
} // namespace

SourcesView::SourcesView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new SourcesModel(workspace, this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_progress(new QProgressBar)
    , m_autoHours(new QSpinBox(this))
    , m_autoTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("sourcesView"));
    m_add =
        makeAction(this, QStringLiteral("sourcesAddAction"), tr("&Add…"), tr("Follow a feed of a person"));
    m_follow =
        makeAction(this, QStringLiteral("sourcesFollowIdentitiesAction"), tr("From &Identities…"),
                   tr("Follow the feeds a person's Mastodon, Bluesky, GitHub, YouTube and blog identities "
                      "publish"));
    m_remove = makeAction(this, QStringLiteral("sourcesRemoveAction"), tr("&Remove"),
                          tr("Stop following the selected feed; its conversations stay"));
    m_refresh = makeAction(this, QStringLiteral("sourcesRefreshAction"), tr("Re&fresh"),
                           tr("Fetch the selected feed now, even if it is backing off after failures"));
    m_refreshAll = makeAction(this, QStringLiteral("sourcesRefreshAllAction"), tr("Refresh A&ll"),
                              tr("Fetch every feed that is not backing off after failures"));
    m_cancel = makeAction(this, QStringLiteral("sourcesCancelAction"), tr("&Cancel"), tr("Stop refreshing"));
    connect(m_add, &QAction::triggered, this, &SourcesView::addSource);
    connect(m_follow, &QAction::triggered, this, &SourcesView::followIdentities);
    connect(m_remove, &QAction::triggered, this, &SourcesView::removeSelected);
    connect(m_refresh, &QAction::triggered, this, &SourcesView::refreshSelected);
    connect(m_refreshAll, &QAction::triggered, this, &SourcesView::refreshAll);
    connect(m_cancel, &QAction::triggered, this, &SourcesView::cancelRefresh);

    auto* toolbar = new QToolBar(this);
    toolbar->addActions({m_add, m_follow, m_remove});
    toolbar->addSeparator();
    toolbar->addActions({m_refresh, m_refreshAll, m_cancel});
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Refresh every"), toolbar));
    m_autoHours->setObjectName(QStringLiteral("sourcesAutoRefreshHours"));
    m_autoHours->setAccessibleName(tr("Refresh every (hours)"));
    m_autoHours->setRange(0, 48);
    m_autoHours->setSuffix(tr(" h"));
    m_autoHours->setSpecialValueText(tr("never"));
    m_autoHours->setToolTip(tr("Refresh all feeds this often while Chorus runs"));
    toolbar->addWidget(m_autoHours);

    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setAccessibleName(tr("Followed feeds"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SourcesModel::FeedColumn, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("sourcesDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress->setObjectName(QStringLiteral("sourcesProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("Feeds %v/%m"));
    m_progress->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SourcesView::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SourcesView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SourcesView::updateActions);

    m_autoHours->setValue(m_workspace.settings().value(kAutoRefreshKey, QStringLiteral("0"))->toInt());
    setAutoRefreshHours(m_autoHours->value());
    connect(m_autoHours, &QSpinBox::valueChanged, this, [this](int hours) {
        (void)m_workspace.settings().setValue(kAutoRefreshKey, QString::number(hours));
        setAutoRefreshHours(hours);
    });
    connect(m_autoTimer, &QTimer::timeout, this, [this] {
        if (!isRefreshing())
            refreshAll();
    });
    updateActions();
    updateDetails();
}

SourcesView::~SourcesView() {
    delete m_refresher; // aborts what is still on the network
    delete m_progress;  // out of the status bar with the page
}

Id SourcesView::selectedSourceId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SourcesModel::SourceIdRole).toLongLong();
}

void SourcesView::updateActions() {
    const bool selected = selectedSourceId() > 0;
    m_remove->setEnabled(selected);
    m_refresh->setEnabled(selected && !isRefreshing());
    m_refreshAll->setEnabled(m_model->rowCount() > 0 && !isRefreshing());
    m_cancel->setEnabled(isRefreshing());
}

void SourcesView::updateDetails() {
    const int row = m_model->rowOf(selectedSourceId());
    if (row < 0) {
        m_details->setText(
            m_model->rowCount() == 0
                ? tr("No feeds followed yet. Add a person's blog, Mastodon, Bluesky, GitHub or "
                     "YouTube feed, or follow the feeds of their identities.")
                : QString());
        return;
    }
    const Source& s = m_model->source(row);
    QString text = s.url.toString();
    if (!s.lastError.isEmpty())
        text += QLatin1Char('\n') + s.lastError;
    m_details->setText(text);
}

void SourcesView::setAutoRefreshHours(int hours) {
    if (hours <= 0) {
        m_autoTimer->stop();
        return;
    }
    m_autoTimer->start(std::chrono::hours(hours));
}

void SourcesView::addSource() {
    const int row = m_model->rowOf(selectedSourceId());
    auto* dialog =
        new AddSourceDialog(m_workspace, row >= 0 ? m_model->source(row).personName : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int added = m_model->rowOf(dialog->addedSourceId());
        if (added >= 0)
            m_table->selectRow(added);
        emit statusMessage(tr("Following %1; refresh to fetch it.").arg(dialog->urlEdit()->text().trimmed()));
    });
    dialog->open();
}

void SourcesView::removeSelected() {
    const int row = m_model->rowOf(selectedSourceId());
    if (row < 0)
        return;
    const Source s = m_model->source(row);
    if (!DialogService::confirm(this, tr("Remove Feed"),
                                tr("Stop following %1 for %2? The conversations it brought stay.")
                                    .arg(s.url.toString(), s.personName),
                                tr("Remove")))
        return;
    if (auto st = m_workspace.sources().remove(s.id); !st)
        emit statusMessage(st.error().message);
}

void SourcesView::followIdentities() {
    const int row = m_model->rowOf(selectedSourceId());
    const auto who = DialogService::askText(this, tr("Follow Feeds from Identities"),
                                            tr("Whose feeds (name, handle or id)?"),
                                            row >= 0 ? m_model->source(row).personName : QString());
    if (!who || who->trimmed().isEmpty())
        return;
    PersonReference reference;
    bool isId = false;
    reference.id = who->trimmed().toLongLong(&isId);
    if (!isId) {
        reference.id = 0;
        reference.name = who->trimmed();
    }
    auto resolved = PersonResolver(m_workspace).resolve(reference);
    if (!resolved || resolved->personId == 0) {
        emit statusMessage(resolved ? tr("Nobody called \"%1\".").arg(*who) : resolved.error().message);
        return;
    }
    auto added = addSuggestedSources(m_workspace, resolved->personId);
    if (!added)
        emit statusMessage(added.error().message);
    else
        emit statusMessage(added->size() == 1
                               ? tr("Following 1 new feed of %1.").arg(resolved->name)
                               : tr("Following %1 new feeds of %2.").arg(added->size()).arg(resolved->name));
}

void SourcesView::refreshSelected() {
    const Id id = selectedSourceId();
    if (id > 0)
        startRefresh(true, [id](FeedRefresher& r) { return r.refreshSource(id); });
}

void SourcesView::refreshAll() {
    startRefresh(false, [](FeedRefresher& r) { return r.refreshAll(); });
}

void SourcesView::cancelRefresh() {
    if (m_refresher)
        m_refresher->cancel();
}

void SourcesView::startRefresh(bool ignoreBackoff, const std::function<Status(FeedRefresher&)>& start) {
    if (isRefreshing())
        return;
    RefreshOptions options = m_options;
    options.ignoreBackoff = ignoreBackoff;
    m_refresher = new FeedRefresher(m_workspace, options, this);
    connect(m_refresher, &FeedRefresher::started, this, [this](int total) {
        if (!m_progress)
            return;
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(0);
        m_progress->show();
    });
    if (m_progress)
        connect(m_refresher, &FeedRefresher::progress, m_progress.data(), &QProgressBar::setValue);
    connect(m_refresher, &FeedRefresher::finished, this, &SourcesView::onFinished);
    if (auto st = start(*m_refresher); !st) {
        emit statusMessage(st.error().message);
        delete m_refresher;
    }
    updateActions();
}

void SourcesView::onFinished(const RefreshSummary& summary) {
    if (m_progress)
        m_progress->hide();
    if (m_refresher)
        m_refresher->deleteLater();
    m_refresher = nullptr;
    updateActions();
    const auto items = [](int n) {
        return n == 1 ? tr("1 new item") : tr("%1 new items").arg(n);
    };
    QString text;
    if (summary.cancelled) {
        text = tr("Refresh cancelled: %1 so far.").arg(items(summary.added));
    } else {
        QStringList parts{items(summary.added)};
        if (summary.failed > 0)
            parts << tr("%1 failed").arg(summary.failed);
        if (summary.skipped > 0)
            parts << tr("%1 backing off").arg(summary.skipped);
        const QString feeds =
            summary.sources == 1 ? tr("Refreshed 1 feed") : tr("Refreshed %1 feeds").arg(summary.sources);
        text = tr("%1: %2.", "refreshed feeds: what came of it").arg(feeds, parts.join(QStringLiteral(", ")));
    }
    emit statusMessage(text);
    emit refreshFinished(summary);
}

} // namespace chorus::ui
