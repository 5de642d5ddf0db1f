#pragma once

#include "bench/Figures.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace chorus::cli {

/// The JSON form of a set of benchmark figures (`bench --json`, `bench map --json`).
QJsonArray figuresJson(const QVector<bench::Figure>& figures);
/// The table `bench` and `bench map` print: figure, median, p95, target, runs, peak RSS.
QList<QStringList> figuresTable(const QVector<bench::Figure>& figures);

} // namespace chorus::cli
