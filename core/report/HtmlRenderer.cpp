#include "HtmlRenderer.h"

#include "ChartPainter.h"
#include "ReportText.h"

#include <QBuffer>

namespace chorus::report {
namespace {
const QSize kChartSize(720, 300);

const char* const kStyle = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222; background: #fff;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
header { border-bottom: 2px solid #2e8b57; margin-bottom: 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
.meta { color: #666; }
nav ol { columns: 2; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f0f4f2; }
td.num, th.num { text-align: right; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.6rem; }
dl.figures div { border: 1px solid #ddd; border-radius: 4px; padding: 0.4rem 0.6rem; }
dl.figures dt { color: #555; font-size: 0.85rem; }
dl.figures dd { margin: 0; font-size: 1.3rem; font-weight: bold; }
dl.figures dd small { display: block; font-size: 0.75rem; font-weight: normal; color: #666; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; }
.empty { color: #666; font-style: italic; }
@media print {
  body { margin: 0; max-width: none; }
  nav { display: none; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  table, figure, dl.figures { break-inside: avoid; }
  thead { display: table-header-group; }
}
)";

QString chartHtml(const Chart& chart, const QString& src, bool forTextDocument) {
    return QString::fromLatin1(forTextDocument
                                   ? "<p><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n"
                                   : "<figure><img src=\"%1\" width=\"%2\" alt=\"%3\"></figure>\n")
        .arg(src)
        .arg(kChartSize.width())
        .arg(HtmlRenderer::escape(chart.title));
}

QString tableHtml(const Table& t, bool forTextDocument) {
    QString out;
    if (t.rows.isEmpty()) {
        if (!t.caption.isEmpty())
            out += QStringLiteral("<h3>%1</h3>\n").arg(HtmlRenderer::escape(t.caption));
        return out +
               QStringLiteral("<p class=\"empty\"><i>%1</i></p>\n").arg(HtmlRenderer::escape(t.emptyText));
    }
    auto numeric = [&](qsizetype c) {
        return c < t.numeric.size() && t.numeric[c];
    };
    out += forTextDocument
               ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
               : QStringLiteral("<table>");
    if (!t.caption.isEmpty())
        out += QStringLiteral("<caption>%1</caption>").arg(HtmlRenderer::escape(t.caption));
    out += QStringLiteral("<thead><tr>");
    for (qsizetype c = 0; c < t.headers.size(); ++c)
        out += QStringLiteral("<th%1>%2</th>")
                   .arg(numeric(c) ? QStringLiteral(" class=\"num\" align=\"right\"") : QString(),
                        HtmlRenderer::escape(t.headers[c]));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : t.rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c)
            out += QStringLiteral("<td%1>%2</td>")
                       .arg(numeric(c) ? QStringLiteral(" class=\"num\" align=\"right\"") : QString(),
                            HtmlRenderer::escape(row[c]));
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody></table>\n");
}

QString figuresHtml(const KeyFigures& f, bool forTextDocument) {
    QString out;
    if (forTextDocument) {
        out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        for (const KeyFigure& k : f.figures)
            out += QStringLiteral("<tr><td width=\"40%\">%1</td><td><b>%2</b></td><td>%3</td></tr>")
                       .arg(HtmlRenderer::escape(k.label), HtmlRenderer::escape(k.value),
                            HtmlRenderer::escape(k.note));
        return out + QStringLiteral("</table>\n");
    }
    out += QStringLiteral("<dl class=\"figures\">");
    for (const KeyFigure& k : f.figures) {
        out += QStringLiteral("<div><dt>%1</dt><dd>%2")
                   .arg(HtmlRenderer::escape(k.label), HtmlRenderer::escape(k.value));
        if (!k.note.isEmpty())
            out += QStringLiteral("<small>%1</small>").arg(HtmlRenderer::escape(k.note));
        out += QStringLiteral("</dd></div>");
    }
    return out + QStringLiteral("</dl>\n");
}

// The sections, shared by both outputs; `chartSource` gives each chart's image address.
QString sectionsHtml(const ReportDocument& doc, bool forTextDocument,
                     const std::function<QString(const Chart&)>& chartSource,
                     const std::function<QString(const QImage&)>& pictureSource) {
    QString out;
    for (const Section& s : doc.sections) {
        // In the PDF every section starts on a new page, so a heading never ends a page alone.
        const QString pageBreak = forTextDocument && &s != &doc.sections.front()
                                      ? QStringLiteral(" style=\"page-break-before: always\"")
                                      : QString();
        out += forTextDocument ? QStringLiteral("<h2%3><a name=\"%1\"></a>%2</h2>\n")
                                     .arg(s.key, HtmlRenderer::escape(s.title), pageBreak)
                               : QStringLiteral("<section id=\"%1\"><h2>%2</h2>\n")
                                     .arg(s.key, HtmlRenderer::escape(s.title));
        for (const Block& b : s.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&b))
                out += QStringLiteral("<p>%1</p>\n").arg(HtmlRenderer::escape(p->text));
            else if (const auto* f = std::get_if<KeyFigures>(&b))
                out += figuresHtml(*f, forTextDocument);
            else if (const auto* t = std::get_if<Table>(&b))
                out += tableHtml(*t, forTextDocument);
            else if (const auto* c = std::get_if<Chart>(&b))
                out += chartHtml(*c, chartSource(*c), forTextDocument);
            else if (const auto* pic = std::get_if<Picture>(&b))
                out += QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\"><br><i>%3</i></p>\n")
                           .arg(pictureSource(pic->image))
                           .arg(kChartSize.width())
                           .arg(HtmlRenderer::escape(pic->caption));
        }
        if (!forTextDocument)
            out += QStringLiteral("</section>\n");
    }
    return out;
}
} // namespace

QString HtmlRenderer::escape(const QString& text) {
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QByteArray HtmlRenderer::render(const ReportDocument& doc) {
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"Chorus\">\n");
    out += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
               .arg(escape(doc.title + QStringLiteral(" — ") + doc.subtitle), QString::fromLatin1(kStyle));
    out += QStringLiteral("<header><h1>%1</h1><p class=\"meta\">%2<br>%3</p></header>\n")
               .arg(escape(doc.title), escape(doc.subtitle),
                    escape(ReportTr::tr("Generated %1 from %2").arg(day(doc.generatedAt), doc.workspace)));
    out += QStringLiteral("<nav><h2>%1</h2><ol>\n").arg(escape(ReportTr::tr("Contents")));
    for (const Section& s : doc.sections)
        out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(s.key, escape(s.title));
    out += QStringLiteral("</ol></nav>\n");
    out += sectionsHtml(
        doc, false,
        [](const Chart& chart) {
            return QStringLiteral("data:image/png;base64,") +
                   QString::fromLatin1(ChartPainter::png(chart, kChartSize, 2.0).toBase64());
        },
        [](const QImage& image) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        });
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

QString HtmlRenderer::renderBody(const ReportDocument& doc, qreal chartScale, QVector<QImage>* charts) {
    return sectionsHtml(
        doc, true,
        [&](const Chart& chart) {
            charts->push_back(ChartPainter::image(chart, kChartSize, chartScale, ChartPainter::Palette{}));
            return QStringLiteral("chart:%1").arg(charts->size() - 1);
        },
        [&](const QImage& image) {
            charts->push_back(image);
            return QStringLiteral("chart:%1").arg(charts->size() - 1);
        });
}

} // namespace chorus::report
