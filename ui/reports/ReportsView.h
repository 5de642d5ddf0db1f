#pragma once

#include "report/ReportDocument.h"
#include "report/ReportRequest.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class ReportForm;

/// The Reports page: the report form, a preview of the document, and export to a file. Building the preview
/// and exporting run in a worker on its own connection, with progress and a Cancel button; the window stays
/// responsive and a cancelled or failed export leaves no file.
class ReportsView final : public QWidget {
    Q_OBJECT
public:
    explicit ReportsView(Workspace& workspace, QWidget* parent = nullptr);
    ~ReportsView() override;

    ReportForm* form() const { return m_form; }
    QTextBrowser* preview() const { return m_preview; }
    bool isBusy() const { return m_previewWatcher.isRunning() || m_exportWatcher.isRunning(); }

public slots:
    void buildPreview();
    void exportReport();
    void cancel();

signals:
    void previewReady();
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void setBusy(bool busy, const QString& status);
    void previewFinished();
    void exportFinished();

    Workspace& m_workspace;
    ReportForm* m_form = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QString m_exportPath;
    QFutureWatcher<Result<report::ReportDocument>> m_previewWatcher;
    QFutureWatcher<Status> m_exportWatcher;
};

} // namespace chorus::ui
