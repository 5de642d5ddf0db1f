#pragma once

#include "support/TempWorkspace.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace chorus::test {

/// A small workspace with known touchpoints in November 2026 and hostile or tricky text in every field a
/// report prints.
struct ReportFixture {
    Id ada = 0, grace = 0, eve = 0, tricky = 0, formula = 0;
    Id rustTopic = 0;
    static QString hostileName() { return QStringLiteral("Eve <script>alert(1)</script>"); }
    static QString hostileNote() {
        return QStringLiteral("<img src=file:///etc/passwd> and <script>x()</script>");
    }
    static QString trickyName() { return QStringLiteral("O\"Brien, Pat"); }
    static QString trickyOrganisation() { return QStringLiteral("Line one\nLine two; \"quoted\""); }
    static QString formulaName() { return QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"); }

    void fill(TempWorkspace& tw);
};

/// RFC 4180 reader for checking exports (quotes, doubled quotes, CR/LF inside quoted cells).
QVector<QStringList> parseCsv(const QByteArray& bytes);

} // namespace chorus::test
