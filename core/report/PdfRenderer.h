#pragma once

#include "ReportDocument.h"
#include "ReportText.h"
#include "util/Result.h"

#include <QByteArray>
#include <QPageSize>

namespace chorus::report {

/// Writes a report as PDF with QPdfWriter: a title page, a table of contents with page numbers, the sections
/// (laid out by QTextDocument, charts as high-resolution images) and "page n of m" on every page. Fonts are
/// embedded. User text is escaped before it reaches the layout, so it never becomes markup.
class PdfRenderer final {
public:
    static Result<QByteArray> render(const ReportDocument& doc, QPageSize::PageSizeId pageSize,
                                     const Progress& progress = {});
};

} // namespace chorus::report
