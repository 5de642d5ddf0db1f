#include "MarkdownRenderer.h"

#include "ReportText.h"

namespace chorus::report {
namespace {
QString cell(const QString& text) {
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return MarkdownRenderer::escape(t);
}

QString tableMarkdown(const QStringList& headers, const QVector<QStringList>& rows,
                      const QVector<bool>& numeric) {
    QString out;
    QStringList head, rule;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        head << cell(headers[c]);
        rule << ((c < numeric.size() && numeric[c]) ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    out += QStringLiteral("| %1 |\n| %2 |\n")
               .arg(head.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < headers.size(); ++c)
            cells << (c < row.size() ? cell(row[c]) : QString());
        out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    return out + QLatin1Char('\n');
}
} // namespace

QString MarkdownRenderer::escape(const QString& text) {
    static const QString special = QStringLiteral("\\`*_[]<>|~#&!{}");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar ch : text) {
        if (special.contains(ch))
            out += QLatin1Char('\\');
        out += ch;
    }
    // A line that starts like a list, a quote or a heading would change the structure.
    if (!out.isEmpty() && (out.front() == QLatin1Char('-') || out.front() == QLatin1Char('+') ||
                           out.front() == QLatin1Char('=')))
        out.prepend(QLatin1Char('\\'));
    return out;
}

QByteArray MarkdownRenderer::render(const ReportDocument& doc) {
    QString out;
    out += QStringLiteral("# %1\n\n%2  \n%3\n\n")
               .arg(escape(doc.title), escape(doc.subtitle),
                    escape(ReportTr::tr("Generated %1 from %2").arg(day(doc.generatedAt), doc.workspace)));
    out += QStringLiteral("## %1\n\n").arg(escape(ReportTr::tr("Contents")));
    int n = 1;
    for (const Section& s : doc.sections)
        out += QStringLiteral("%1. [%2](#%3)\n").arg(n++).arg(escape(s.title), s.key);
    out += QLatin1Char('\n');
    for (const Section& s : doc.sections) {
        out += QStringLiteral("<a id=\"%1\"></a>\n\n## %2\n\n").arg(s.key, escape(s.title));
        for (const Block& b : s.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&b)) {
                QString text = escape(p->text);
                text.replace(QLatin1Char('\n'), QStringLiteral("  \n"));
                out += text + QStringLiteral("\n\n");
            } else if (const auto* f = std::get_if<KeyFigures>(&b)) {
                QVector<QStringList> rows;
                for (const KeyFigure& k : f->figures)
                    rows.push_back({k.label, k.value, k.note});
                out += tableMarkdown({ReportTr::tr("Figure"), ReportTr::tr("Value"), ReportTr::tr("Note")},
                                     rows, {false, true, false});
            } else if (const auto* t = std::get_if<Table>(&b)) {
                if (!t->caption.isEmpty())
                    out += QStringLiteral("**%1**\n\n").arg(escape(t->caption));
                if (t->rows.isEmpty())
                    out += QStringLiteral("*%1*\n\n").arg(escape(t->emptyText));
                else
                    out += tableMarkdown(t->headers, t->rows, t->numeric);
            } else if (const auto* pic = std::get_if<Picture>(&b)) {
                out += QStringLiteral("*%1 (a picture, in the PDF and HTML versions)*\n\n")
                           .arg(escape(pic->caption));
            } else if (const auto* c = std::get_if<Chart>(&b)) {
                out += QStringLiteral("**%1**\n\n").arg(escape(c->title));
                QStringList headers{QString()};
                QVector<bool> numeric{false};
                for (const ChartSeries& series : c->series) {
                    headers << series.name;
                    numeric << true;
                }
                QVector<QStringList> rows;
                for (qsizetype i = 0; i < c->categories.size(); ++i) {
                    QStringList row{c->categories[i]};
                    for (const ChartSeries& series : c->series)
                        row << (i < series.values.size() ? number(series.values[i]) : QString());
                    rows.push_back(row);
                }
                out += tableMarkdown(headers, rows, numeric);
            }
        }
    }
    return out.toUtf8();
}

} // namespace chorus::report
