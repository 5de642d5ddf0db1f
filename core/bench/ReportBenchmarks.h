#pragma once

#include "Figures.h"
#include "util/Result.h"

namespace chorus::bench {

/// A period report of the 30 days up to the sample generator's anchor day, built and written as PDF into a
/// temporary file, `runs` times (needs a QGuiApplication for fonts).
Result<Figure> measurePeriodReportPdf(const QString& path, int runs);

} // namespace chorus::bench
