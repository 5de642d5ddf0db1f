#pragma once

#include <QCoreApplication>

#include "model/Stance.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

// Small shared helpers of the report builders: wording, number and date formats, chart colours.
namespace chorus::report {

/// The wording of reports, translated in the context "Report" (lupdate reads ReportTr::tr calls).
struct ReportTr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// Called with 0..100 as work advances; returns false to cancel.
using Progress = std::function<bool(int percent)>;
inline bool advance(const Progress& progress, int percent) {
    return !progress || progress(percent);
}

QString day(const QDate& date);   ///< "2026-11-20", empty for a null date
QString day(const QDateTime& at); ///< the UTC day of an instant
QString number(double value, int decimals = 0);
QString percent(int part, int whole); ///< "42%", "–" when whole is 0
QString signedNumber(double value);   ///< "+3", "−2", "0"

/// The period in words: "2026-11-01 – 2026-11-30".
QString periodText(const QDate& from, const QDate& to);

QColor doWithColor();
QColor doToColor();
QColor inboundColor();
QColor previousColor();
QColor stanceColor(Stance stance);

} // namespace chorus::report
