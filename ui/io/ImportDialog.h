#pragma once

#include "ImportJob.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class ImportMappingTable;

/// File ▸ Import: choose a CSV, vCard or JSON file; for CSV see and change how it reads (encoding, delimiter,
/// preset), whether it holds people or touchpoints, and which column is which field; see what would happen
/// (new, matched to someone already here, skipped and why) before anything is written; import all or nothing
/// in a worker with progress and cancel.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    ImportDialog(Workspace& workspace, const QString& filePath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    const ImportPreview& currentPreview() const { return m_preview; }
    ImportJob* job() const { return m_job; }

signals:
    /// After a successful import: one sentence for the status bar.
    void imported(const QString& summary);

private:
    void chooseFile();
    void startPreview();
    void showPreview(const ImportPreview& preview);
    void showTouchpointPlan(const io::TouchpointPlan& plan);
    void startImport();
    void finishImport(const ImportResult& result);
    void setBusy(bool busy);
    void readOptions();

    Workspace& m_workspace;
    ImportJob* m_job = nullptr;
    QString m_path;
    QByteArray m_bytes;
    ImportFormat m_format = ImportFormat::Csv;
    io::CsvImportOptions m_options;
    ImportPreview m_preview;
    bool m_previewOk = false;
    bool m_committing = false;

    QLabel* m_fileLabel = nullptr;
    QGroupBox* m_csvBox = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_preset = nullptr;
    QComboBox* m_target = nullptr;
    ImportMappingTable* m_mapping = nullptr;
    QLabel* m_counts = nullptr;
    QTableWidget* m_rows = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace chorus::ui
