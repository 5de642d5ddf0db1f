#include "DashboardView.h"

#include "ChartFactory.h"
#include "PeriodPicker.h"
#include "storage/Workspace.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace chorus::ui {
namespace {
using Charts = Result<QVector<report::DashboardChart>>;

// The worker: its own connection on the same file, the window's clock.
void buildCharts(QPromise<Charts>& promise, const QString& path, const Clock* clock, QDate from, QDate to) {
    promise.setProgressRange(0, 100);
    auto ws = Workspace::open(path, {}, clock);
    if (!ws) {
        promise.addResult(Charts(ws.error()));
        return;
    }
    promise.addResult(report::DashboardBuilder::build(**ws, from, to, [&promise](int percent) {
        promise.setProgressValue(percent);
        return !promise.isCanceled();
    }));
}
} // namespace

DashboardView::DashboardView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("dashboardView"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_picker = new PeriodPicker(workspace.clock().now().toUTC().date(), this);
    top->addWidget(m_picker, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    top->addWidget(m_progress);
    layout->addLayout(top);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    layout->addWidget(m_status);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_grid = new QGridLayout(content);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(m_picker, &PeriodPicker::periodChanged, this, [this] {
        if (m_everLoaded)
            reload();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_progress->hide();
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
            return;
        }
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        Charts result = m_watcher.result();
        if (!result) {
            m_status->setText(result.error().message);
            emit failed(result.error().message);
            return;
        }
        m_data = std::move(*result);
        showCharts();
        m_status->setText(
            tr("%1 – %2").arg(m_picker->from().toString(Qt::ISODate), m_picker->to().toString(Qt::ISODate)));
        emit loaded();
    });
}

void DashboardView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_everLoaded)
        reload();
}

DashboardView::~DashboardView() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void DashboardView::reload() {
    m_everLoaded = true;
    if (m_watcher.isRunning()) {
        // One run at a time: stop this one and start again when it has stopped.
        m_reloadPending = true;
        m_watcher.cancel();
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Computing the charts…"));
    m_watcher.setFuture(QtConcurrent::run(buildCharts, m_workspace.path(), &m_workspace.clock(),
                                          m_picker->from(), m_picker->to()));
}

QChart* DashboardView::chart(const QString& key) const {
    for (qsizetype i = 0; i < m_data.size() && i < m_views.size(); ++i) {
        if (m_data[i].key == key)
            return m_views[i]->chart();
    }
    return nullptr;
}

void DashboardView::showCharts() {
    m_views.clear(); // deleted with their boxes below
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < m_data.size(); ++i) {
        auto* box = new QWidget;
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto* view = new QChartView(ChartFactory::create(m_data[i].chart, palette(),
                                                         [this](const QString& text) { showHover(text); }),
                                    box);
        view->setObjectName(QStringLiteral("chart_") + m_data[i].key);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        boxLayout->addWidget(view);
        auto* summary = new QLabel(m_data[i].summary, box);
        summary->setWordWrap(true);
        boxLayout->addWidget(summary);
        m_grid->addWidget(box, int(i / 2), int(i % 2));
        m_views.push_back(view);
    }
}

void DashboardView::showHover(const QString& text) {
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void DashboardView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        for (qsizetype i = 0; i < m_data.size() && i < m_views.size(); ++i)
            ChartFactory::applyPalette(m_views[i]->chart(), m_data[i].chart, palette());
    }
    QWidget::changeEvent(event);
}

} // namespace chorus::ui
