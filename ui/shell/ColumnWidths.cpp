#include "ColumnWidths.h"

#include <QHeaderView>
#include <QTableView>

namespace chorus::ui {

void setColumnWidthsEm(QTableView* view, std::initializer_list<int> ems, int stretchColumn) {
    QHeaderView* header = view->horizontalHeader();
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QFontMetrics headerMetrics(header->font());
    int column = 0;
    for (int width : ems) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        // Room for the title, the sort arrow and the section's margins.
        const int minimum = headerMetrics.horizontalAdvance(title) + 2 * em;
        view->setColumnWidth(column, qMax(width * em, minimum));
        ++column;
    }
    header->setStretchLastSection(false);
    if (stretchColumn >= 0)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace chorus::ui
