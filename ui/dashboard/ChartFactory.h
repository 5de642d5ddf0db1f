#pragma once

#include "report/ReportDocument.h"

#include <QPalette>
#include <QString>

#include <functional>

class QChart;

namespace chorus::ui {

/// Turns a core report chart into a QtCharts chart (grouped or stacked bars) that follows the palette:
/// light or dark theme, text and grid in the palette's colours, the series keeping their own colours.
class ChartFactory final {
public:
    /// `onHover` receives "Series — category: value" while the pointer is over a bar, empty when it leaves.
    static QChart* create(const report::Chart& chart, const QPalette& palette,
                          const std::function<void(const QString&)>& onHover);
    /// Re-colours an existing chart for a new palette (theme switch).
    static void applyPalette(QChart* chart, const report::Chart& source, const QPalette& palette);
    static bool isDark(const QPalette& palette);
};

} // namespace chorus::ui
