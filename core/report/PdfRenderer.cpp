#include "PdfRenderer.h"

#include "HtmlRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>

#include <cmath>

namespace chorus::report {
namespace {
constexpr int kResolution = 300; // dots per inch of the layout; text and vectors stay sharp at any zoom
constexpr qreal kChartScale = 3.0;

// Where each section heading lands in the laid-out body: its page index from 0.
QVector<int> sectionPages(QTextDocument& body, qreal pageHeight, qsizetype sections) {
    QVector<int> pages;
    for (QTextBlock b = body.begin(); b.isValid() && pages.size() < sections; b = b.next()) {
        if (b.blockFormat().headingLevel() != 2)
            continue;
        const QRectF r = body.documentLayout()->blockBoundingRect(b);
        pages.push_back(int(std::floor(r.top() / pageHeight)));
    }
    while (pages.size() < sections)
        pages.push_back(0);
    return pages;
}

void drawFooter(QPainter& p, const QRectF& page, int number, int total, const QString& title) {
    QFont f = p.font();
    f.setPointSizeF(8);
    p.setFont(f);
    p.setPen(QColor(0x66, 0x66, 0x66));
    const qreal h = p.fontMetrics().height() * 1.5;
    const QRectF footer(page.left(), page.bottom() - h, page.width(), h);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title);
    p.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
               ReportTr::tr("Page %1 of %2").arg(number).arg(total));
}
} // namespace

Result<QByteArray> PdfRenderer::render(const ReportDocument& doc, QPageSize::PageSizeId pageSize,
                                       const Progress& progress) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(18, 18, 18, 15), QPageLayout::Millimeter);
    writer.setTitle(doc.title + QStringLiteral(" — ") + doc.subtitle);
    writer.setCreator(QStringLiteral("Chorus"));

    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, ReportTr::tr("The PDF could not be started."));
    const qreal footerHeight = painter.fontMetrics().height() * 2.5;
    const QSizeF bodyPage(page.width(), page.height() - footerHeight);

    // Lay out the body first: the contents page needs its page numbers.
    QTextDocument body;
    body.documentLayout()->setPaintDevice(&writer);
    body.setDocumentMargin(0);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9.5);
    body.setDefaultFont(base);
    body.setDefaultStyleSheet(
        QStringLiteral("h2 { font-size: 15pt; color: #1b6e3c; margin-top: 14px; } h3 { font-size: 11pt; } "
                       "th { background-color: #f0f4f2; font-weight: bold; } table { border-color: #bbbbbb; "
                       "margin-bottom: 8px; }"));
    QVector<QImage> charts;
    const QString html = HtmlRenderer::renderBody(doc, kChartScale, &charts);
    // On the GUI thread QTextDocument draws an image resource through a new QPixmap every time, and the PDF
    // writer stores every new pixmap again: a picture that a page break's clip also touches (the map, whose
    // paragraph starts on the page before) was stored twice. A pixmap resource is drawn as itself, and the
    // writer keeps one copy per pixmap. Off the GUI thread the document draws the QImage itself: kept once
    // too.
    const bool guiThread =
        QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
    for (qsizetype i = 0; i < charts.size(); ++i)
        body.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                         guiThread ? QVariant(QPixmap::fromImage(charts[i])) : QVariant(charts[i]));
    body.setHtml(html);
    body.setPageSize(bodyPage);
    if (progress && !progress(85))
        return makeError(ErrorCode::Cancelled, ReportTr::tr("The report was cancelled."));
    const int bodyPages = body.pageCount();
    const QVector<int> starts = sectionPages(body, bodyPage.height(), doc.sections.size());

    QFont font(base);
    painter.setFont(font);
    const qreal tocLine = painter.fontMetrics().height() * 1.6;
    const int tocPerPage = std::max(1, int((page.height() - footerHeight - tocLine * 3) / tocLine));
    const int tocPages = std::max(1, int((doc.sections.size() + tocPerPage - 1) / tocPerPage));
    const int firstBodyPage = 1 + tocPages + 1; // 1-based page number
    const int total = 1 + tocPages + bodyPages;
    const QString footerTitle = doc.title + QStringLiteral(" — ") + doc.subtitle;

    // Title page.
    QFont title(base);
    title.setPointSizeF(26);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(QColor(0x1b, 0x6e, 0x3c));
    const QRectF titleRect(page.left(), page.height() * 0.3, page.width(), page.height() * 0.2);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, doc.title);
    QFont sub(base);
    sub.setPointSizeF(14);
    painter.setFont(sub);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(QRectF(page.left(), titleRect.bottom() + tocLine, page.width(), tocLine * 3),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, doc.subtitle);
    painter.setFont(font);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    painter.drawText(QRectF(page.left(), page.height() * 0.8, page.width(), tocLine * 2),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     ReportTr::tr("Generated %1 by Chorus from %2").arg(day(doc.generatedAt), doc.workspace));
    drawFooter(painter, page, 1, total, footerTitle);

    // Contents.
    for (int tp = 0; tp < tocPages; ++tp) {
        writer.newPage();
        qreal y = 0;
        if (tp == 0) {
            QFont h(base);
            h.setPointSizeF(15);
            h.setBold(true);
            painter.setFont(h);
            painter.setPen(QColor(0x1b, 0x6e, 0x3c));
            painter.drawText(QRectF(0, 0, page.width(), tocLine * 2), Qt::AlignLeft | Qt::AlignVCenter,
                             ReportTr::tr("Contents"));
            y = tocLine * 2.5;
        }
        painter.setFont(font);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        for (int i = tp * tocPerPage; i < std::min<qsizetype>(doc.sections.size(), (tp + 1) * tocPerPage);
             ++i) {
            const QRectF line(0, y, page.width(), tocLine);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("%1.  %2").arg(i + 1).arg(doc.sections[i].title));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(firstBodyPage + starts[i]));
            y += tocLine;
        }
        drawFooter(painter, page, 2 + tp, total, footerTitle);
    }

    // Body, page by page.
    for (int i = 0; i < bodyPages; ++i) {
        writer.newPage();
        painter.save();
        painter.translate(0, -i * bodyPage.height());
        body.drawContents(&painter, QRectF(QPointF(0, i * bodyPage.height()), bodyPage));
        painter.restore();
        drawFooter(painter, page, firstBodyPage + i, total, footerTitle);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, ReportTr::tr("The PDF could not be finished."));
    buffer.close();
    return bytes;
}

} // namespace chorus::report
