#include "ChartPainter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace chorus::report {
namespace {
// A "nice" axis maximum and step: 1, 2 or 5 times a power of ten.
std::pair<double, double> niceAxis(double maximum) {
    if (maximum <= 0)
        return {1.0, 1.0};
    const double rough = maximum / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    step = std::max(step, 1.0);
    return {std::ceil(maximum / step) * step, step};
}
} // namespace

void ChartPainter::paint(QPainter& p, const QRectF& rect, const Chart& chart, const Palette& palette) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(rect, palette.background);
    QFont font = p.font();
    font.setPointSizeF(8.0);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    const double pad = line * 0.5;

    // Title and legend on top.
    QFont titleFont = font;
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(palette.text);
    QRectF area = rect.adjusted(pad, pad, -pad, -pad);
    p.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               chart.title);
    p.setFont(font);
    double x = area.left();
    const double legendY = area.top() + line * 1.3;
    for (const ChartSeries& s : chart.series) {
        p.fillRect(QRectF(x, legendY + line * 0.25, line * 0.5, line * 0.5), s.color);
        x += line * 0.7;
        const double w = fm.horizontalAdvance(s.name);
        p.drawText(QRectF(x, legendY, w + 1, line), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        x += w + line;
    }

    // Totals decide the axis: the sum per category when stacked, the largest value otherwise.
    const qsizetype n = chart.categories.size();
    double maximum = 0.0;
    for (qsizetype c = 0; c < n; ++c) {
        double sum = 0.0;
        for (const ChartSeries& s : chart.series) {
            const double v = c < s.values.size() ? s.values[c] : 0.0;
            sum = chart.style == Chart::Style::Stacked ? sum + v : std::max(sum, v);
        }
        maximum = std::max(maximum, sum);
    }
    const auto [axisMax, step] = niceAxis(maximum);
    const double labelWidth = fm.horizontalAdvance(QString::number(axisMax, 'f', 0)) + pad;
    const QRectF plot(area.left() + labelWidth, legendY + line * 1.6, area.width() - labelWidth,
                      area.bottom() - (legendY + line * 1.6) - line * 1.4);
    if (plot.height() <= 0 || plot.width() <= 0 || n == 0) {
        p.restore();
        return;
    }
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / axisMax;
        p.setPen(QPen(palette.grid, 0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(palette.text);
        p.drawText(QRectF(area.left(), y - line / 2, labelWidth - pad / 2, line),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'f', 0));
    }

    const double slot = plot.width() / double(n);
    const double barGroup = slot * 0.75;
    const qsizetype seriesCount = std::max<qsizetype>(chart.series.size(), 1);
    // Category labels: skip some when they would overlap.
    double widest = 0.0;
    for (const QString& c : chart.categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const int every = std::max(1, int(std::ceil((widest + pad) / slot)));
    for (qsizetype c = 0; c < n; ++c) {
        const double left = plot.left() + slot * c + (slot - barGroup) / 2;
        double base = plot.bottom();
        for (qsizetype si = 0; si < chart.series.size(); ++si) {
            const ChartSeries& s = chart.series[si];
            const double v = c < s.values.size() ? s.values[c] : 0.0;
            const double h = plot.height() * v / axisMax;
            QRectF bar;
            if (chart.style == Chart::Style::Stacked) {
                bar = QRectF(left, base - h, barGroup, h);
                base -= h;
            } else {
                const double w = barGroup / double(seriesCount);
                bar = QRectF(left + w * si, plot.bottom() - h, w, h);
            }
            p.fillRect(bar, s.color);
        }
        if (c % every == 0) {
            p.setPen(palette.text);
            const double w = slot * every;
            p.drawText(QRectF(plot.left() + slot * c + slot / 2 - w / 2, plot.bottom() + pad / 2, w, line),
                       Qt::AlignHCenter | Qt::AlignTop,
                       fm.elidedText(chart.categories[c], Qt::ElideRight, w));
        }
    }
    p.setPen(QPen(palette.text, 0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.restore();
}

QImage ChartPainter::image(const Chart& chart, QSize size, qreal scale, const Palette& palette) {
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette.background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart, palette);
    painter.end();
    return image;
}

QByteArray ChartPainter::png(const Chart& chart, QSize size, qreal scale) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image(chart, size, scale, Palette{}).save(&buffer, "PNG");
    return bytes;
}

} // namespace chorus::report
