#pragma once

#include "ReportDocument.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

namespace chorus::report {

/// Draws a report chart with QPainter: on any paint device (vector in PDF) or into an image (HTML).
/// Needs a QGuiApplication (fonts).
class ChartPainter final {
public:
    struct Palette {
        QColor text = QColor(0x22, 0x22, 0x22);
        QColor grid = QColor(0xdd, 0xdd, 0xdd);
        QColor background = Qt::white;
    };

    static void paint(QPainter& painter, const QRectF& rect, const Chart& chart, const Palette& palette);
    /// A `size` (logical pixels) chart rendered at `scale` device pixels per logical pixel.
    static QImage image(const Chart& chart, QSize size, qreal scale, const Palette& palette);
    static QByteArray png(const Chart& chart, QSize size, qreal scale);
};

} // namespace chorus::report
