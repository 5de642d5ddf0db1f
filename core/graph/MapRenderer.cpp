#include "MapRenderer.h"

#include "GraphExport.h"
#include "util/PoolThread.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cmath>

namespace chorus {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)
};

constexpr double kMargin = 24.0;
constexpr double kMinRadius = 1.5;
constexpr double kMaxRadius = 14.0;

// Maps layout coordinates into the target rectangle, keeping the aspect ratio.
struct Fit {
    double scale = 1;
    QPointF offset;
    QPointF map(const QPointF& p) const { return offset + p * scale; }
};

Fit fitInto(const QRectF& bounds, const QRectF& target) {
    const QRectF inner = target.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    Fit f;
    const double w = std::max(bounds.width(), 1e-9), h = std::max(bounds.height(), 1e-9);
    f.scale = std::min(inner.width() / w, inner.height() / h);
    f.offset = inner.center() - bounds.center() * f.scale;
    return f;
}

} // namespace

MapRenderer::MapRenderer(const GraphAnalysis& analysis, const QVector<QPointF>& positions, MapStyle style)
    : m_analysis(analysis)
    , m_positions(positions)
    , m_style(style)
    , m_sizes(normalisedSizes(analysis.metrics, style.size)) {}

QRectF MapRenderer::bounds() const {
    if (m_positions.isEmpty())
        return QRectF(-1, -1, 2, 2);
    double x0 = m_positions[0].x(), x1 = x0, y0 = m_positions[0].y(), y1 = y0;
    for (const QPointF& p : m_positions) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

void MapRenderer::paint(QPainter& painter, const QRectF& target) const {
    const RelationshipGraph& g = m_analysis.graph;
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing, g.edgeCount() < 200000);
    const Fit fit = fitInto(bounds(), target);

    // Edges in four opacity bands by weight, each band one drawLines call.
    double maxWeight = 0;
    for (const GraphEdge& e : g.edges)
        maxWeight = std::max(maxWeight, e.weight);
    QVector<QLineF> bands[4];
    for (const GraphEdge& e : g.edges) {
        if (e.source >= m_positions.size() || e.target >= m_positions.size())
            continue;
        const int band = maxWeight > 0 ? std::min(3, int(4.0 * std::sqrt(e.weight / maxWeight))) : 0;
        bands[band].push_back(QLineF(fit.map(m_positions[e.source]), fit.map(m_positions[e.target])));
    }
    for (int b = 0; b < 4; ++b) {
        QColor c(90, 90, 110);
        c.setAlphaF(0.08 + 0.14 * b);
        painter.setPen(QPen(c, 0.6 + 0.3 * b));
        painter.drawLines(bands[b]);
    }

    // Nodes, small first so the important ones sit on top.
    const QVector<int> order = byImportance(m_sizes);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 0.5));
    for (qsizetype k = order.size() - 1; k >= 0; --k) {
        const int i = order[k];
        if (i >= m_positions.size())
            continue;
        const double r = kMinRadius + (kMaxRadius - kMinRadius) * m_sizes.value(i);
        painter.setBrush(nodeColour(g.nodes[i], m_analysis.metrics.community.value(i, -1), m_style));
        painter.drawEllipse(fit.map(m_positions[i]), r, r);
    }

    // Labels for the most important nodes, skipping any that would overlap one already drawn.
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    QVector<QRectF> taken;
    int drawn = 0;
    painter.setPen(QColor(30, 30, 30));
    for (int i : order) {
        if (drawn >= m_style.maxLabels || i >= m_positions.size())
            break;
        const QPointF at = fit.map(m_positions[i]);
        const double r = kMinRadius + (kMaxRadius - kMinRadius) * m_sizes.value(i);
        const QString text = g.nodes[i].name;
        QRectF box(at.x() + r + 2, at.y() - fm.height() / 2, fm.horizontalAdvance(text), fm.height());
        if (std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF& t) { return t.intersects(box); }))
            continue;
        taken.push_back(box);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        ++drawn;
    }
    paintLegend(painter, target);
    painter.restore();
}

QImage MapRenderer::image(const QSize& size) const {
    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    runOnPoolThread([this, &out] {
        QPainter painter(&out);
        paint(painter, QRectF(0, 0, out.width(), out.height()));
    });
    return out;
}

void MapRenderer::paintLegend(QPainter& painter, const QRectF& target) const {
    QStringList labels;
    QVector<QColor> colours;
    if (m_style.colour == NodeColouring::Community) {
        const auto& communities = m_analysis.metrics.communities;
        for (int c = 0; c < std::min<qsizetype>(8, communities.size()); ++c) {
            labels << QCoreApplication::translate("MapRenderer", "%1 (%n people)", nullptr,
                                                  communities[c].size)
                          .arg(communities[c].label);
            colours << communityColour(c);
        }
    } else {
        for (Stance s : {Stance::Champion, Stance::Advocate, Stance::Supporter, Stance::Neutral,
                         Stance::Sceptic, Stance::Unknown}) {
            labels << stanceLabel(s);
            colours << stanceColour(s);
        }
    }
    if (labels.isEmpty())
        return;
    const QFontMetricsF fm(painter.font(), painter.device());
    double width = 0;
    for (const QString& l : labels)
        width = std::max(width, fm.horizontalAdvance(l));
    const double line = fm.height() + 2;
    const QRectF box(target.left() + 8, target.top() + 8, width + 30, line * labels.size() + 8);
    painter.setPen(QColor(200, 200, 200));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRect(box);
    for (int k = 0; k < labels.size(); ++k) {
        const double y = box.top() + 4 + line * k;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours[k]);
        painter.drawEllipse(QPointF(box.left() + 10, y + line / 2), 4, 4);
        painter.setPen(QColor(30, 30, 30));
        painter.drawText(QRectF(box.left() + 20, y, width + 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                         labels[k]);
    }
}

Status MapRenderer::renderToFile(const QString& path, int width, int height) const {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (width < 16 || height < 16 || width > 20000 || height > 20000)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The image size must be between 16 and 20000 pixels a side."));
    if (suffix == QLatin1String("svg"))
        return writeSvg(path, width, height);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (suffix == QLatin1String("png")) {
        const QImage picture = image(QSize(width, height));
        if (!picture.save(&file, "PNG")) {
            file.cancelWriting();
            return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: encoding the image failed.").arg(path));
        }
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&file);
        pdf.setTitle(Tr::tr("Relationship map"));
        pdf.setCreator(QStringLiteral("Chorus"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        QPainter painter(&pdf);
        const QRect page = painter.viewport();
        paint(painter, QRectF(page));
        painter.end();
    } else {
        file.cancelWriting();
        return makeError(ErrorCode::Invalid,
                         Tr::tr("%1: use a .png, .svg or .pdf file name.").arg(QFileInfo(path).fileName()));
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status MapRenderer::writeSvg(const QString& path, int width, int height) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const RelationshipGraph& g = m_analysis.graph;
    const Fit fit = fitInto(bounds(), QRectF(0, 0, width, height));
    QXmlStreamWriter w(&file);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    w.writeAttribute(QStringLiteral("width"), QString::number(width));
    w.writeAttribute(QStringLiteral("height"), QString::number(height));
    w.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(width).arg(height));
    w.writeTextElement(QStringLiteral("title"), Tr::tr("Relationship map"));
    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("width"), QStringLiteral("100%"));
    w.writeAttribute(QStringLiteral("height"), QStringLiteral("100%"));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("white"));
    // All edges as one path: one element instead of hundreds of thousands.
    QString d;
    auto n = [](double v) {
        return QString::number(v, 'f', 1);
    };
    for (const GraphEdge& e : g.edges) {
        if (e.source >= m_positions.size() || e.target >= m_positions.size())
            continue;
        const QPointF a = fit.map(m_positions[e.source]), b = fit.map(m_positions[e.target]);
        d += QStringLiteral("M%1 %2L%3 %4").arg(n(a.x()), n(a.y()), n(b.x()), n(b.y()));
    }
    w.writeEmptyElement(QStringLiteral("path"));
    w.writeAttribute(QStringLiteral("d"), d);
    w.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#5a5a6e"));
    w.writeAttribute(QStringLiteral("stroke-opacity"), QStringLiteral("0.2"));
    w.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("0.7"));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    const QVector<int> order = byImportance(m_sizes);
    for (qsizetype k = order.size() - 1; k >= 0; --k) {
        const int i = order[k];
        if (i >= m_positions.size())
            continue;
        const QPointF p = fit.map(m_positions[i]);
        w.writeStartElement(QStringLiteral("circle"));
        w.writeAttribute(QStringLiteral("cx"), n(p.x()));
        w.writeAttribute(QStringLiteral("cy"), n(p.y()));
        w.writeAttribute(QStringLiteral("r"), n(kMinRadius + (kMaxRadius - kMinRadius) * m_sizes.value(i)));
        w.writeAttribute(QStringLiteral("fill"),
                         nodeColour(g.nodes[i], m_analysis.metrics.community.value(i, -1), m_style).name());
        w.writeTextElement(QStringLiteral("title"), GraphExport::xmlSafe(g.nodes[i].name));
        w.writeEndElement();
    }
    for (int k = 0; k < std::min<qsizetype>(m_style.maxLabels, order.size()); ++k) {
        const int i = order[k];
        if (i >= m_positions.size())
            continue;
        const QPointF p = fit.map(m_positions[i]);
        w.writeStartElement(QStringLiteral("text"));
        w.writeAttribute(QStringLiteral("x"), n(p.x() + kMaxRadius * m_sizes.value(i) + 4));
        w.writeAttribute(QStringLiteral("y"), n(p.y() + 3));
        w.writeAttribute(QStringLiteral("font-size"), QStringLiteral("10"));
        w.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
        w.writeCharacters(GraphExport::xmlSafe(g.nodes[i].name));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    if (w.hasError() || !file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace chorus
