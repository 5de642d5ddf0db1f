#pragma once

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include <variant>

namespace chorus::report {

/// A paragraph of plain text. Renderers escape it; it is never markup.
struct Paragraph {
    QString text;
};

/// Headline numbers ("Touchpoints: 412").
struct KeyFigure {
    QString label;
    QString value;
    QString note; ///< e.g. the change against the previous period
};
struct KeyFigures {
    QVector<KeyFigure> figures;
};

/// A table of plain-text cells. `numeric` marks right-aligned columns.
struct Table {
    QString caption;
    QStringList headers;
    QVector<QStringList> rows;
    QVector<bool> numeric;
    QString emptyText; ///< shown instead of an empty table
};

struct ChartSeries {
    QString name;
    QVector<double> values; ///< one per category
    QColor color;
};

/// A bar chart: series side by side (Grouped) or on top of each other (Stacked). Renderers draw it with
/// ChartPainter (HTML and PDF) or list its values (Markdown).
struct Chart {
    enum class Style { Grouped, Stacked };
    QString title;
    QString valueLabel;
    QStringList categories;
    QVector<ChartSeries> series;
    Style style = Style::Grouped;
};

/// A picture made by Chorus itself (the relationship map), embedded as an image.
struct Picture {
    QImage image;
    QString caption;
};

using Block = std::variant<Paragraph, KeyFigures, Table, Chart, Picture>;

struct Section {
    QString key; ///< stable id ("balance"), used for anchors and section selection
    QString title;
    QVector<Block> blocks;
};

/// A report, independent of its format: what every renderer draws.
struct ReportDocument {
    QString title;
    QString subtitle; ///< the scope and period in words
    QDateTime generatedAt;
    QString workspace; ///< the workspace file name, for the title page
    QVector<Section> sections;
};

} // namespace chorus::report
