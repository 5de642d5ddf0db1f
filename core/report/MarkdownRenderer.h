#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QString>

namespace chorus::report {

/// Writes a report as CommonMark with GitHub-style tables. Charts become tables of their values. User text is
/// escaped (markup characters get a backslash, line breaks in cells become spaces), so no note turns into
/// a link, an image or raw HTML.
class MarkdownRenderer final {
public:
    static QByteArray render(const ReportDocument& doc);
    static QString escape(const QString& text);
};

} // namespace chorus::report
