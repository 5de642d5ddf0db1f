#include "KindComboBox.h"

#include <QStandardItemModel>

namespace chorus::ui {

KindComboBox::KindComboBox(QWidget* parent)
    : QComboBox(parent) {
    auto* model = new QStandardItemModel(this);
    auto* note = new QStandardItem(tr("Just a note"));
    note->setData(QString(), Qt::UserRole);
    model->appendRow(note);
    for (Axis axis : {Axis::DoWith, Axis::DoTo}) {
        auto* header = new QStandardItem(axis == Axis::DoWith ? tr("Doing with — builds the relationship")
                                                              : tr("Doing to — asks something of them"));
        header->setFlags(Qt::NoItemFlags);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        model->appendRow(header);
        for (const TouchpointKindInfo& info : touchpointKinds()) {
            if (info.axis != axis)
                continue;
            auto* item = new QStandardItem(touchpointKindLabel(info.kind));
            item->setData(info.key, Qt::UserRole);
            item->setToolTip(axisLabel(axis));
            model->appendRow(item);
        }
    }
    setModel(model);
    setAccessibleName(tr("Kind of touchpoint"));
}

std::optional<TouchpointKind> KindComboBox::kind() const {
    return touchpointKindFromKey(currentData(Qt::UserRole).toString());
}

void KindComboBox::setKind(std::optional<TouchpointKind> kind) {
    const int index = findData(kind ? touchpointKindKey(*kind) : QString(), Qt::UserRole);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace chorus::ui
