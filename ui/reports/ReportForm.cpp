#include "ReportForm.h"

#include "dashboard/PeriodPicker.h"
#include "people/PersonCompleter.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace chorus::ui {

using namespace chorus::report;

ReportForm::ReportForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    auto* form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Period report"), int(ReportKind::Period));
    m_kind->addItem(tr("Person dossier"), int(ReportKind::Person));
    m_kind->addItem(tr("Community (topic) report"), int(ReportKind::Community));
    form->addRow(tr("&Kind:"), m_kind);

    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("reportPerson"));
    m_person->setPlaceholderText(tr("Name or handle"));
    m_completer = new PersonCompleter(workspace, m_person);
    form->addRow(tr("&Person:"), m_person);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("reportTopic"));
    if (auto topics = workspace.topics().list()) {
        for (const Topic& t : *topics)
            m_topic->addItem(t.name, t.id);
    }
    form->addRow(tr("&Topic:"), m_topic);

    m_period = new PeriodPicker(workspace.clock().now().toUTC().date(), this);
    form->addRow(m_period);

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("reportSections"));
    m_sections->setMaximumHeight(190);
    m_sections->setAccessibleName(tr("Sections"));
    form->addRow(tr("&Sections:"), m_sections);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML"), int(ReportFormat::Html));
    m_format->addItem(tr("Markdown"), int(ReportFormat::Markdown));
    m_format->addItem(tr("CSV (spreadsheet)"), int(ReportFormat::Csv));
    form->addRow(tr("&Format:"), m_format);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    form->addRow(tr("Page si&ze:"), m_pageSize);
    m_csvTable = new QComboBox(this);
    m_csvTable->setObjectName(QStringLiteral("reportCsvTable"));
    m_csvTable->addItem(tr("People"), int(CsvTable::People));
    m_csvTable->addItem(tr("Touchpoints"), int(CsvTable::Touchpoints));
    form->addRow(tr("CSV &table:"), m_csvTable);

    auto* fileRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("reportOutput"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("reportChooseOutput"));
    fileRow->addWidget(m_output, 1);
    fileRow->addWidget(choose);
    auto* saveAs = new QLabel(tr("&Save as:"), this);
    saveAs->setBuddy(m_output); // Alt+S and the field's accessible name
    form->addRow(saveAs, fileRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportForm::kindChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportForm::formatChanged);
    connect(choose, &QPushButton::clicked, this, &ReportForm::chooseFile);
    connect(m_period, &PeriodPicker::periodChanged, this, &ReportForm::changed);
    connect(m_sections, &QListWidget::itemChanged, this, &ReportForm::changed);
    connect(m_person, &QLineEdit::editingFinished, this, &ReportForm::changed);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &ReportForm::changed);
    kindChanged();
    formatChanged();
}

void ReportForm::kindChanged() {
    const auto kind = ReportKind(m_kind->currentData().toInt());
    m_person->setEnabled(kind == ReportKind::Person);
    m_topic->setEnabled(kind == ReportKind::Community);
    m_period->setEnabled(kind != ReportKind::Person);
    m_sections->clear();
    for (const auto& [key, title] : availableSections(kind)) {
        auto* item = new QListWidgetItem(title, m_sections);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(optionalSections().contains(key) ? Qt::Unchecked : Qt::Checked);
    }
    emit changed();
}

void ReportForm::formatChanged() {
    const auto format = ReportFormat(m_format->currentData().toInt());
    m_pageSize->setEnabled(format == ReportFormat::Pdf);
    m_csvTable->setEnabled(format == ReportFormat::Csv);
    m_sections->setEnabled(format != ReportFormat::Csv);
    // Keep the file name, change its extension.
    const QString path = m_output->text();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        m_output->setText(
            info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + reportFormatSuffix(format)));
    }
}

void ReportForm::chooseFile() {
    const auto format = ReportFormat(m_format->currentData().toInt());
    const QString suffix = reportFormatSuffix(format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), m_output->text(),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        m_output->setText(path);
}

QString ReportForm::outputPath() const {
    return m_output->text().trimmed();
}

void ReportForm::setOutputPath(const QString& path) {
    m_output->setText(path);
}

Result<ReportRequest> ReportForm::request() const {
    ReportRequest r;
    r.kind = ReportKind(m_kind->currentData().toInt());
    r.format = ReportFormat(m_format->currentData().toInt());
    r.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    r.csvTable = CsvTable(m_csvTable->currentData().toInt());
    r.from = m_period->from();
    r.to = m_period->to();
    if (r.to < r.from)
        return makeError(ErrorCode::Invalid, tr("The period ends before it starts."));
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked)
            r.sections << m_sections->item(i)->data(Qt::UserRole).toString();
    }
    if (r.sections.isEmpty() && r.format != ReportFormat::Csv)
        return makeError(ErrorCode::Invalid, tr("Choose at least one section."));
    if (r.kind == ReportKind::Person) {
        r.personId = m_completer->resolve();
        if (r.personId <= 0)
            return makeError(ErrorCode::Invalid, tr("Choose a person."));
    }
    if (r.kind == ReportKind::Community) {
        r.topicId = m_topic->currentData().toLongLong();
        if (r.topicId <= 0)
            return makeError(ErrorCode::Invalid, tr("Choose a topic."));
    }
    return r;
}

} // namespace chorus::ui
