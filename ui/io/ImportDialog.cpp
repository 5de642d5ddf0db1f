#include "ImportDialog.h"

#include "ImportMappingTable.h"
#include "io/TextDecoding.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chorus::ui {
namespace {
constexpr int kPreviewRows = 500; // the table shows the first rows; the counts cover all
}

ImportDialog::ImportDialog(Workspace& workspace, const QString& filePath, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_job(new ImportJob(workspace.path(), this)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    resize(860, 640);
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* browse = new QPushButton(tr("Choose File…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_csvBox = new QGroupBox(tr("How the file reads"), this);
    auto* form = new QFormLayout(m_csvBox);
    m_encoding = new QComboBox(m_csvBox);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (const QString& e : io::choosableEncodings())
        m_encoding->addItem(e == QLatin1String("auto") ? tr("Detect") : e, e);
    m_delimiter = new QComboBox(m_csvBox);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_preset = new QComboBox(m_csvBox);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Recognise from the header"), QString());
    for (const io::MappingPreset& p : io::mappingPresets())
        m_preset->addItem(p.label, p.key);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Separator:"), m_delimiter);
    m_target = new QComboBox(m_csvBox);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->addItem(tr("Recognise from the header"), QString());
    for (io::ImportTarget t : {io::ImportTarget::People, io::ImportTarget::Touchpoints})
        m_target->addItem(io::importTargetLabel(t), io::importTargetKey(t));
    form->addRow(tr("Exported from:"), m_preset);
    form->addRow(tr("Each row is:"), m_target);
    m_mapping = new ImportMappingTable(m_csvBox);
    form->addRow(m_mapping);
    layout->addWidget(m_csvBox, 2);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    layout->addWidget(m_counts);
    m_rows = new QTableWidget(this);
    m_rows->setObjectName(QStringLiteral("previewTable"));
    m_rows->setColumnCount(4);
    m_rows->setHorizontalHeaderLabels({tr("Line"), tr("What happens"), tr("Name"), tr("Why")});
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_rows, 3);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* bottom = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    for (QComboBox* combo : {m_encoding, m_delimiter, m_preset, m_target}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            readOptions();
            m_options.columns.clear(); // a new reading or preset starts the mapping afresh
            startPreview();
        });
    }
    connect(m_mapping, &ImportMappingTable::fieldChanged, this,
            [this](const QString& header, io::ImportField f) {
                m_options.columns.insert(header, f);
                startPreview();
            });
    connect(m_job, &ImportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::previewReady, this, &ImportDialog::showPreview);
    connect(m_job, &ImportJob::committed, this, &ImportDialog::finishImport);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job->isRunning()) {
            m_job->cancel(); // the worker rolls back; the dialog stays open to say so
            return;
        }
        reject();
    });
    if (!filePath.isEmpty())
        setFile(filePath);
}

ImportDialog::~ImportDialog() {
    m_job->cancel();
    m_job->wait();
}

void ImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QFileInfo(m_path).absolutePath(),
        tr("People and workspaces (*.csv *.tsv *.txt *.vcf *.vcard *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::readOptions() {
    m_options.encoding = m_encoding->currentData().toString();
    const QString d = m_delimiter->currentData().toString();
    m_options.delimiter = d.isEmpty() ? QChar() : d.front();
    m_options.preset = m_preset->currentData().toString();
    m_options.target = io::importTargetFromKey(m_target->currentData().toString());
}

void ImportDialog::setFile(const QString& path) {
    m_path = path;
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_format = importFormatForFile(path);
    m_csvBox->setVisible(m_format == ImportFormat::Csv);
    m_options = {};
    readOptions();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        m_previewOk = false;
        m_importButton->setEnabled(false);
        m_error->setText(tr("%1: %2").arg(path, file.errorString()));
        m_error->show();
        return;
    }
    m_bytes = file.readAll();
    startPreview();
}

void ImportDialog::startPreview() {
    if (m_bytes.isEmpty() && m_path.isEmpty())
        return;
    m_previewOk = false;
    m_importButton->setEnabled(false);
    m_counts->setText(tr("Reading…"));
    setBusy(true);
    m_job->preview(m_bytes, QFileInfo(m_path).fileName(), m_format, m_options);
}

void ImportDialog::showPreview(const ImportPreview& preview) {
    if (preview.cancelled)
        return; // superseded by a newer preview, or the user cancelled
    setBusy(false);
    m_preview = preview;
    m_rows->setRowCount(0);
    if (preview.format == ImportFormat::Csv && !preview.source.header.isEmpty()) {
        QSignalBlocker block(m_mapping);
        m_mapping->setColumns(preview.source.header, preview.source.fields, preview.sampleRows,
                              preview.source.target);
    }
    if (!preview.error.isEmpty()) {
        m_error->setText(preview.error);
        m_error->show();
        m_counts->setText(tr("This file cannot be imported. Nothing will be written."));
        return;
    }
    m_error->hide();
    if (preview.format == ImportFormat::Json) {
        QStringList parts;
        for (const auto& [table, rows] : preview.tableCounts)
            parts << tr("%1: %2").arg(table).arg(rows);
        m_counts->setText(
            tr("A whole workspace (it needs an empty one): %1").arg(parts.join(QStringLiteral(", "))));
        m_previewOk = true;
        m_importButton->setEnabled(true);
        return;
    }
    if (preview.format == ImportFormat::Csv) {
        if (m_options.preset.isEmpty() && !preview.source.preset.isEmpty())
            m_preset->setToolTip(tr("Recognised: %1").arg(io::findPreset(preview.source.preset)->label));
        if (!m_options.target)
            m_target->setToolTip(tr("Recognised: %1").arg(io::importTargetLabel(preview.source.target)));
        if (preview.source.target == io::ImportTarget::Touchpoints) {
            showTouchpointPlan(preview.touchpointPlan);
            return;
        }
    }
    const io::ImportPlan& plan = preview.plan;
    m_counts->setText(
        tr("%n row(s): %1 new, %2 matched to people already here, %3 skipped", nullptr, int(plan.rows.size()))
            .arg(plan.newCount)
            .arg(plan.matchedCount)
            .arg(plan.skippedCount));
    const int shown = int(std::min<qsizetype>(plan.rows.size(), kPreviewRows));
    m_rows->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const io::PlannedRow& row = plan.rows[i];
        QString why = row.reason;
        if (row.action == io::PlanAction::Matched)
            why = tr("%1 (%2)").arg(row.matchedName, row.reason);
        m_rows->setItem(i, 0, new QTableWidgetItem(QString::number(row.line)));
        m_rows->setItem(i, 1, new QTableWidgetItem(io::planActionLabel(row.action)));
        m_rows->setItem(i, 2, new QTableWidgetItem(row.incoming.name));
        m_rows->setItem(i, 3, new QTableWidgetItem(why));
    }
    m_rows->resizeColumnToContents(0);
    m_rows->resizeColumnToContents(1);
    m_previewOk = plan.newCount + plan.matchedCount > 0;
    m_importButton->setEnabled(m_previewOk);
}

void ImportDialog::showTouchpointPlan(const io::TouchpointPlan& plan) {
    QStringList unknownLines;
    for (int line : plan.unknownLines().mid(0, 12))
        unknownLines << QString::number(line);
    if (plan.unknownCount > 12)
        unknownLines << QStringLiteral("…");
    QString counts =
        tr("%n touchpoint(s): %1 new, %2 already logged, %3 skipped", nullptr, int(plan.rows.size()))
            .arg(plan.newCount)
            .arg(plan.matchedCount)
            .arg(plan.skippedCount);
    if (plan.unknownCount > 0)
        counts += tr("; %n with a person not in this workspace (lines %1)", nullptr, plan.unknownCount)
                      .arg(unknownLines.join(QStringLiteral(", ")));
    m_counts->setText(counts);
    const int shown = int(std::min<qsizetype>(plan.rows.size(), kPreviewRows));
    m_rows->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const io::PlannedTouchpoint& row = plan.rows[i];
        const QString what = row.unknownPerson                       ? tr("Unknown person")
                             : row.action == io::PlanAction::Matched ? tr("Already logged")
                                                                     : io::planActionLabel(row.action);
        m_rows->setItem(i, 0, new QTableWidgetItem(QString::number(row.line)));
        m_rows->setItem(i, 1, new QTableWidgetItem(what));
        m_rows->setItem(i, 2, new QTableWidgetItem(row.personName));
        m_rows->setItem(i, 3, new QTableWidgetItem(row.reason));
    }
    m_rows->resizeColumnToContents(0);
    m_rows->resizeColumnToContents(1);
    m_previewOk = plan.newCount > 0;
    m_importButton->setEnabled(m_previewOk);
}

void ImportDialog::startImport() {
    if (!m_previewOk || m_job->isRunning())
        return;
    m_committing = true;
    m_importButton->setEnabled(false);
    m_csvBox->setEnabled(false);
    m_counts->setText(tr("Importing…"));
    setBusy(true);
    m_job->commit(m_preview, m_bytes);
}

void ImportDialog::finishImport(const ImportResult& result) {
    m_committing = false;
    setBusy(false);
    m_csvBox->setEnabled(true);
    if (!result.error.isEmpty()) {
        m_error->setText(result.cancelled ? tr("Import cancelled. Nothing was written.")
                                          : tr("%1\nNothing was written.").arg(result.error));
        m_error->show();
        m_importButton->setEnabled(m_previewOk);
        return;
    }
    // The worker wrote through its own connection: tell this window's models to look again.
    m_workspace.database().announce({Entity::Workspace, ChangeKind::Updated, {}});
    const QString summary =
        m_preview.format == ImportFormat::Json
            ? tr("Imported a whole workspace (%n people).", nullptr, int(result.jsonPeople))
        : m_preview.source.target == io::ImportTarget::Touchpoints
            ? tr("Imported %n touchpoint(s).", nullptr, result.touchpoints)
            : tr("Imported %1 new, updated %2, skipped %3.")
                  .arg(result.outcome.created)
                  .arg(result.outcome.updated)
                  .arg(result.outcome.skipped);
    emit imported(summary);
    accept();
}

void ImportDialog::setBusy(bool busy) {
    m_progress->setValue(busy ? 0 : 1000);
    m_progress->setVisible(busy);
}

} // namespace chorus::ui
