#include "ReportsView.h"

#include "ReportForm.h"
#include "report/HtmlRenderer.h"
#include "report/ReportExporter.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace chorus::ui {
namespace {
using Document = Result<report::ReportDocument>;

template <typename T, typename Work>
void inWorker(QPromise<T>& promise, const QString& path, const Clock* clock, Work work) {
    promise.setProgressRange(0, 100);
    auto ws = Workspace::open(path, {}, clock);
    if (!ws) {
        promise.addResult(T(ws.error()));
        return;
    }
    report::ReportExporter exporter(**ws);
    promise.addResult(work(exporter, [&promise](int percent) {
        promise.setProgressValue(percent);
        return !promise.isCanceled();
    }));
}
} // namespace

ReportsView::ReportsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("reportsView"));
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(this);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    m_form = new ReportForm(workspace, left);
    leftLayout->addWidget(m_form);
    auto* buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("&Preview"), left);
    m_previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    m_exportButton = new QPushButton(tr("&Export"), left);
    m_exportButton->setObjectName(QStringLiteral("reportExportButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), left);
    m_cancelButton->setObjectName(QStringLiteral("reportCancelButton"));
    m_cancelButton->setEnabled(false);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_cancelButton);
    leftLayout->addLayout(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    leftLayout->addWidget(m_progress);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    leftLayout->addWidget(m_status);
    leftLayout->addStretch(1);

    m_preview = new QTextBrowser(splitter);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setOpenLinks(false); // nothing in a preview navigates or loads
    splitter->setStretchFactor(1, 1);

    connect(m_previewButton, &QPushButton::clicked, this, &ReportsView::buildPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsView::exportReport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsView::cancel);
    for (auto* w : {static_cast<QFutureWatcherBase*>(&m_previewWatcher),
                    static_cast<QFutureWatcherBase*>(&m_exportWatcher)})
        connect(w, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, &ReportsView::previewFinished);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, &ReportsView::exportFinished);
}

ReportsView::~ReportsView() {
    m_previewWatcher.cancel();
    m_exportWatcher.cancel();
    m_previewWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

void ReportsView::setBusy(bool busy, const QString& status) {
    m_previewButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    if (busy)
        m_progress->setValue(0);
    m_status->setText(status);
}

void ReportsView::buildPreview() {
    if (isBusy())
        return;
    auto request = m_form->request();
    if (!request) {
        m_status->setText(request.error().message);
        emit failed(request.error().message);
        return;
    }
    setBusy(true, tr("Preparing the preview…"));
    const report::ReportRequest r = *request;
    m_previewWatcher.setFuture(QtConcurrent::run(
        [r](QPromise<Document>& promise, const QString& path, const Clock* clock) {
            inWorker<Document>(
                promise, path, clock,
                [&r](report::ReportExporter& e, const report::Progress& p) { return e.document(r, p); });
        },
        m_workspace.path(), &m_workspace.clock()));
}

void ReportsView::previewFinished() {
    setBusy(false, {});
    if (m_previewWatcher.isCanceled() || m_previewWatcher.future().resultCount() == 0) {
        m_status->setText(tr("Cancelled."));
        return;
    }
    const Document doc = m_previewWatcher.result();
    if (!doc) {
        m_status->setText(doc.error().message);
        emit failed(doc.error().message);
        return;
    }
    // The same escaped body the PDF uses, charts as in-memory resources: nothing is fetched.
    QVector<QImage> charts;
    const QString body = report::HtmlRenderer::renderBody(*doc, devicePixelRatioF(), &charts);
    auto* document = m_preview->document();
    document->clear();
    for (qsizetype i = 0; i < charts.size(); ++i)
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                              charts[i]);
    m_preview->setHtml(
        QStringLiteral("<h1>%1</h1><p>%2</p>")
            .arg(report::HtmlRenderer::escape(doc->title), report::HtmlRenderer::escape(doc->subtitle)) +
        body);
    m_progress->setValue(100);
    emit previewReady();
}

void ReportsView::exportReport() {
    if (isBusy())
        return;
    auto request = m_form->request();
    if (!request) {
        m_status->setText(request.error().message);
        emit failed(request.error().message);
        return;
    }
    m_exportPath = m_form->outputPath();
    if (m_exportPath.isEmpty()) {
        m_status->setText(tr("Choose where to save the report."));
        emit failed(m_status->text());
        return;
    }
    setBusy(true, tr("Writing %1…").arg(m_exportPath));
    const report::ReportRequest r = *request;
    const QString out = m_exportPath;
    m_exportWatcher.setFuture(QtConcurrent::run(
        [r, out](QPromise<Status>& promise, const QString& path, const Clock* clock) {
            inWorker<Status>(promise, path, clock, [&](report::ReportExporter& e, const report::Progress& p) {
                return e.exportTo(r, out, p);
            });
        },
        m_workspace.path(), &m_workspace.clock()));
}

void ReportsView::exportFinished() {
    setBusy(false, {});
    if (m_exportWatcher.isCanceled() || m_exportWatcher.future().resultCount() == 0) {
        m_status->setText(tr("Cancelled; nothing was written."));
        emit failed(m_status->text());
        return;
    }
    const Status st = m_exportWatcher.result();
    if (!st) {
        m_status->setText(st.error().code == ErrorCode::Cancelled ? tr("Cancelled; nothing was written.")
                                                                  : st.error().message);
        emit failed(m_status->text());
        return;
    }
    m_status->setText(tr("Saved %1.").arg(m_exportPath));
    emit exported(m_exportPath);
}

void ReportsView::cancel() {
    m_previewWatcher.cancel();
    m_exportWatcher.cancel();
}

} // namespace chorus::ui
