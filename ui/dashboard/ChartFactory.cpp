#include "ChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace chorus::ui {

bool ChartFactory::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QChart* ChartFactory::create(const report::Chart& source, const QPalette& palette,
                             const std::function<void(const QString&)>& onHover) {
    auto* chart = new QChart;
    chart->setTitle(source.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    QAbstractBarSeries* series = nullptr;
    if (source.style == report::Chart::Style::Stacked)
        series = new QStackedBarSeries;
    else
        series = new QBarSeries;
    double maximum = 0.0;
    QVector<double> totals(source.categories.size(), 0.0);
    for (const report::ChartSeries& s : source.series) {
        auto* set = new QBarSet(s.name);
        for (qsizetype i = 0; i < source.categories.size(); ++i) {
            const double v = i < s.values.size() ? s.values[i] : 0.0;
            *set << v;
            totals[i] =
                source.style == report::Chart::Style::Stacked ? totals[i] + v : std::max(totals[i], v);
        }
        series->append(set);
        QObject::connect(set, &QBarSet::hovered, chart, [set, source, onHover](bool status, int index) {
            if (!onHover)
                return;
            if (!status || index < 0 || index >= source.categories.size()) {
                onHover(QString());
                return;
            }
            onHover(QStringLiteral("%1 — %2: %3")
                        .arg(set->label(), source.categories.at(index), QString::number(set->at(index))));
        });
    }
    for (double t : totals)
        maximum = std::max(maximum, t);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(source.categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max(1.0, std::ceil(maximum * 1.1)));
    y->applyNiceNumbers();
    y->setTitleText(source.valueLabel);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(source.series.size() > 1);
    applyPalette(chart, source, palette);
    return chart;
}

void ChartFactory::applyPalette(QChart* chart, const report::Chart& source, const QPalette& palette) {
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets colours: the page background, the text and grid from the palette, the series their
    // own.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    const QColor grid = palette.color(QPalette::Mid);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    for (QAbstractSeries* s : chart->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(s);
        if (!bars)
            continue;
        const QList<QBarSet*> sets = bars->barSets();
        for (qsizetype i = 0; i < sets.size() && i < source.series.size(); ++i) {
            sets[i]->setColor(source.series[i].color);
            sets[i]->setBorderColor(source.series[i].color);
        }
    }
}

} // namespace chorus::ui
