#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QVector>

namespace chorus::report {

/// Writes a report as HTML. Every text from the document is escaped: a note holding `<script>` or
/// `<img src=file:...>` shows those characters and loads nothing.
class HtmlRenderer final {
public:
    /// One self-contained UTF-8 file: inline CSS (with print rules), charts as PNG data: URIs, and a
    /// Content-Security-Policy that forbids scripts and any load other than those inline images.
    static QByteArray render(const ReportDocument& doc);

    /// The body for QTextDocument (the PDF writer): no title page or contents, charts referenced as
    /// "chart:N" resources, `charts` filled with their images at `chartScale`.
    static QString renderBody(const ReportDocument& doc, qreal chartScale, QVector<QImage>* charts);

    /// Escaped text with line breaks kept.
    static QString escape(const QString& text);
};

} // namespace chorus::report
