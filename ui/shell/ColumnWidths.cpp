#include "ColumnWidths.h"

#include <QHeaderView>
#include <QSettings>
#include <QString>
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

void restoreSortOrder(QTableView* view, const QString& settingsKey, int column, Qt::SortOrder order) {
    const QSettings settings;
    const int columns = view->model() ? view->model()->columnCount() : 0;
    const int saved = settings.value(settingsKey + QStringLiteral("/sortColumn"), column).toInt();
    if (saved >= 0 && saved < columns)
        column = saved;
    order =
        settings.value(settingsKey + QStringLiteral("/sortOrder"), int(order)).toInt() == Qt::DescendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
    view->horizontalHeader()->setSortIndicator(column, order);
    view->setSortingEnabled(true); // sorts the model once, by the indicator
    QObject::connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, view,
                     [settingsKey](int section, Qt::SortOrder newOrder) {
                         QSettings s;
                         s.setValue(settingsKey + QStringLiteral("/sortColumn"), section);
                         s.setValue(settingsKey + QStringLiteral("/sortOrder"), int(newOrder));
                     });
}

} // namespace chorus::ui
