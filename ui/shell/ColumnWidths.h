#pragma once

#include <initializer_list>

class QTableView;

namespace chorus::ui {

/// Gives each column of `view` a width of so many "M"s, never narrower than its header text, and lets
/// `stretchColumn` (if any, -1 for none) take the remaining space, so nothing is clipped at 1366×768.
void setColumnWidthsEm(QTableView* view, std::initializer_list<int> ems, int stretchColumn);

} // namespace chorus::ui
