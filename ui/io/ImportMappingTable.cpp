#include "ImportMappingTable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace chorus::ui {

ImportMappingTable::ImportMappingTable(QWidget* parent)
    : QTableWidget(parent) {
    setObjectName(QStringLiteral("mappingTable"));
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Column in the file"), tr("Chorus field"), tr("Examples")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
}

void ImportMappingTable::setColumns(const QStringList& header, const QVector<io::ImportField>& fields,
                                    const QVector<QStringList>& samples, io::ImportTarget target) {
    // The same columns again (a remapping, another encoding): keep the combo boxes the user is working with.
    if (header == m_header && target == m_target) {
        for (int c = 0; c < header.size(); ++c) {
            if (auto* combo = qobject_cast<QComboBox*>(cellWidget(c, 1))) {
                QSignalBlocker block(combo);
                combo->setCurrentIndex(combo->findData(int(fields.value(c))));
            }
        }
        return;
    }
    m_header = header;
    m_target = target;
    clearContents();
    setRowCount(int(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        setItem(c, 0, new QTableWidgetItem(header[c]));
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("field_%1").arg(c));
        for (io::ImportField f : io::importFields(target))
            combo->addItem(io::importFieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(fields.value(c))));
        const QString name = header[c];
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, name] {
            emit fieldChanged(name, io::ImportField(combo->currentData().toInt()));
        });
        setCellWidget(c, 1, combo);
        QStringList examples;
        for (const QStringList& row : samples) {
            const QString v = row.value(c).simplified();
            if (!v.isEmpty())
                examples << (v.size() > 40 ? v.left(39) + QChar(0x2026) : v);
        }
        setItem(c, 2, new QTableWidgetItem(examples.join(QStringLiteral(" · "))));
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

io::ImportField ImportMappingTable::field(int column) const {
    auto* combo = qobject_cast<QComboBox*>(cellWidget(column, 1));
    return combo ? io::ImportField(combo->currentData().toInt()) : io::ImportField::Ignore;
}

void ImportMappingTable::setField(int column, io::ImportField field) {
    if (auto* combo = qobject_cast<QComboBox*>(cellWidget(column, 1)))
        combo->setCurrentIndex(combo->findData(int(field)));
}

} // namespace chorus::ui
