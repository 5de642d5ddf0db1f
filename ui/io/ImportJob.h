#pragma once

#include "io/ColumnMapping.h"
#include "io/ImportCommit.h"
#include "io/ImportPlan.h"
#include "io/JsonWorkspace.h"
#include "io/TouchpointImport.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace chorus::ui {

enum class ImportFormat { Csv, VCard, Json };
ImportFormat importFormatForFile(const QString& path);

/// What a preview found: how the file reads and what importing it would do.
struct ImportPreview {
    QString error; ///< the file cannot be imported: the reader's message (file, line, column)
    ImportFormat format = ImportFormat::Csv;
    io::ImportSource source;           ///< CSV and vCard
    QVector<QStringList> sampleRows;   ///< CSV: the first data rows, for the mapping table's examples
    io::ImportPlan plan;               ///< people
    io::TouchpointPlan touchpointPlan; ///< CSV read as touchpoints (source.target)
    QVector<QPair<QString, qsizetype>> tableCounts; ///< JSON: rows per table
    bool cancelled = false;
};

struct ImportResult {
    QString error;
    bool cancelled = false;
    io::ImportOutcome outcome; ///< CSV and vCard
    qsizetype jsonPeople = 0;  ///< JSON
    int touchpoints = 0;       ///< CSV read as touchpoints: how many were added
};

/// Reads, plans and commits imports in a worker thread with its own connection to the workspace file, so the
/// window stays responsive; progress (0..1000) and finished signals come back on the UI thread. One job at a
/// time: starting another cancels the one running.
class ImportJob final : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(QString workspacePath, QObject* parent = nullptr);
    ~ImportJob() override;

    /// Read `bytes` as `format` (CSV with `options`) and plan against the workspace.
    void preview(const QByteArray& bytes, const QString& fileName, ImportFormat format,
                 const io::CsvImportOptions& options);
    /// Write what `preview` planned (for JSON: load the dump), all or nothing.
    void commit(const ImportPreview& preview, const QByteArray& bytes);
    void cancel();
    bool isRunning() const { return m_previewWatcher.isRunning() || m_commitWatcher.isRunning(); }
    /// Blocks until the running work has finished (tests, closing the dialog).
    void wait();

signals:
    void progress(int permille);
    void previewReady(const chorus::ui::ImportPreview& preview);
    void committed(const chorus::ui::ImportResult& result);

private:
    std::function<bool(int)> progressCallback();

    QString m_path;
    QFutureWatcher<ImportPreview> m_previewWatcher;
    QFutureWatcher<ImportResult> m_commitWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace chorus::ui
