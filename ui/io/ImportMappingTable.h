#pragma once

#include "io/ImportField.h"

#include <QTableWidget>

namespace chorus::ui {

/// The CSV columns of an import, one per row: the header, the field it maps to (a combo box) and examples
/// from the first rows. Changing a field emits fieldChanged.
class ImportMappingTable final : public QTableWidget {
    Q_OBJECT
public:
    explicit ImportMappingTable(QWidget* parent = nullptr);

    /// The combo boxes offer the fields of `target` (people or touchpoints).
    void setColumns(const QStringList& header, const QVector<io::ImportField>& fields,
                    const QVector<QStringList>& samples, io::ImportTarget target = io::ImportTarget::People);
    io::ImportField field(int column) const;
    /// Tests and keyboard users: choose the field of a column as the combo box would.
    void setField(int column, io::ImportField field);

signals:
    void fieldChanged(const QString& header, chorus::io::ImportField field);

private:
    QStringList m_header;
    io::ImportTarget m_target = io::ImportTarget::People;
};

} // namespace chorus::ui
