#pragma once

#include <Qt>

#include <initializer_list>

class QString;

class QTableView;

namespace chorus::ui {

/// Gives each column of `view` a width of so many "M"s, never narrower than its header text, and lets
/// `stretchColumn` (if any, -1 for none) take the remaining space, so nothing is clipped at 1366×768.
void setColumnWidthsEm(QTableView* view, std::initializer_list<int> ems, int stretchColumn);

/// Turns on sorting by a click on a column header, sorts by the order saved under `settingsKey` (QSettings
/// "<key>/sortColumn", "<key>/sortOrder"; else `column`, `order`) and saves every later change there, so the
/// order comes back on the next start.
void restoreSortOrder(QTableView* view, const QString& settingsKey, int column, Qt::SortOrder order);

} // namespace chorus::ui
