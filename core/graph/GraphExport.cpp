#include "GraphExport.h"

#include "MapStyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace chorus {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GraphExport)
};

QString number(double v) {
    return QString::number(v, 'g', 10);
}

QString kindsText(unsigned char kinds) {
    QStringList parts;
    if (kinds & EdgeTie)
        parts << QStringLiteral("tie");
    if (kinds & EdgeConversation)
        parts << QStringLiteral("conversation");
    if (kinds & EdgeEvent)
        parts << QStringLiteral("event");
    return parts.join(QLatin1Char(','));
}

struct NodeAttribute {
    const char* name;
    const char* gexfType;
    const char* graphmlType;
};

const NodeAttribute kNodeAttributes[] = {
    {"organisation", "string", "string"},    {"stance", "string", "string"},
    {"is_self", "boolean", "boolean"},       {"community", "integer", "int"},
    {"community_label", "string", "string"}, {"degree", "integer", "int"},
    {"pagerank", "double", "double"},        {"betweenness", "double", "double"},
};

QStringList nodeValues(const GraphAnalysis& a, int i) {
    const GraphNode& n = a.graph.nodes[i];
    const GraphMetrics& m = a.metrics;
    const int community = m.community.value(i, -1);
    return {GraphExport::xmlSafe(n.organisation),
            stanceKey(n.stance),
            n.isSelf ? QStringLiteral("true") : QStringLiteral("false"),
            QString::number(community),
            community >= 0 && community < m.communities.size()
                ? GraphExport::xmlSafe(m.communities[community].label)
                : QString(),
            QString::number(m.degree.value(i)),
            number(m.pageRank.value(i)),
            number(m.betweenness.value(i))};
}

void writeGexf(QXmlStreamWriter& w, const GraphAnalysis& a, const QVector<QPointF>& positions) {
    const QString viz = QStringLiteral("http://www.gexf.net/1.2draft/viz");
    w.writeStartElement(QStringLiteral("gexf"));
    w.writeDefaultNamespace(QStringLiteral("http://www.gexf.net/1.2draft"));
    w.writeNamespace(viz, QStringLiteral("viz"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(QStringLiteral("meta"));
    w.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    w.writeTextElement(QStringLiteral("creator"), QStringLiteral("Chorus"));
    w.writeTextElement(QStringLiteral("description"), Tr::tr("Relationship map"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    w.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    w.writeStartElement(QStringLiteral("attributes"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
    int id = 0;
    for (const NodeAttribute& attr : kNodeAttributes) {
        w.writeEmptyElement(QStringLiteral("attribute"));
        w.writeAttribute(QStringLiteral("id"), QString::number(id++));
        w.writeAttribute(QStringLiteral("title"), QString::fromLatin1(attr.name));
        w.writeAttribute(QStringLiteral("type"), QString::fromLatin1(attr.gexfType));
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("attributes"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
    w.writeEmptyElement(QStringLiteral("attribute"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("kinds"));
    w.writeAttribute(QStringLiteral("title"), QStringLiteral("kinds"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
    w.writeEndElement();

    const QVector<double> sizes = normalisedSizes(a.metrics, NodeSizeMetric::PageRank);
    w.writeStartElement(QStringLiteral("nodes"));
    for (int i = 0; i < a.graph.nodeCount(); ++i) {
        const GraphNode& n = a.graph.nodes[i];
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), QString::number(n.personId));
        w.writeAttribute(QStringLiteral("label"), GraphExport::xmlSafe(n.name));
        w.writeStartElement(QStringLiteral("attvalues"));
        const QStringList values = nodeValues(a, i);
        for (int k = 0; k < values.size(); ++k) {
            w.writeEmptyElement(QStringLiteral("attvalue"));
            w.writeAttribute(QStringLiteral("for"), QString::number(k));
            w.writeAttribute(QStringLiteral("value"), values[k]);
        }
        w.writeEndElement();
        const QColor c = communityColour(a.metrics.community.value(i, -1));
        w.writeEmptyElement(viz, QStringLiteral("color"));
        w.writeAttribute(QStringLiteral("r"), QString::number(c.red()));
        w.writeAttribute(QStringLiteral("g"), QString::number(c.green()));
        w.writeAttribute(QStringLiteral("b"), QString::number(c.blue()));
        if (i < positions.size()) {
            w.writeEmptyElement(viz, QStringLiteral("position"));
            w.writeAttribute(QStringLiteral("x"), number(positions[i].x()));
            w.writeAttribute(QStringLiteral("y"), number(-positions[i].y())); // Gephi's y axis points up
            w.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        }
        w.writeEmptyElement(viz, QStringLiteral("size"));
        w.writeAttribute(QStringLiteral("value"), number(2.0 + 18.0 * sizes.value(i)));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("edges"));
    for (int e = 0; e < a.graph.edgeCount(); ++e) {
        const GraphEdge& edge = a.graph.edges[e];
        w.writeStartElement(QStringLiteral("edge"));
        w.writeAttribute(QStringLiteral("id"), QString::number(e));
        w.writeAttribute(QStringLiteral("source"), QString::number(a.graph.nodes[edge.source].personId));
        w.writeAttribute(QStringLiteral("target"), QString::number(a.graph.nodes[edge.target].personId));
        w.writeAttribute(QStringLiteral("weight"), number(edge.weight));
        w.writeStartElement(QStringLiteral("attvalues"));
        w.writeEmptyElement(QStringLiteral("attvalue"));
        w.writeAttribute(QStringLiteral("for"), QStringLiteral("kinds"));
        w.writeAttribute(QStringLiteral("value"), kindsText(edge.kinds));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement(); // graph
    w.writeEndElement(); // gexf
}

void writeKey(QXmlStreamWriter& w, const QString& id, const char* forWhat, const QString& name,
              const char* type) {
    w.writeEmptyElement(QStringLiteral("key"));
    w.writeAttribute(QStringLiteral("id"), id);
    w.writeAttribute(QStringLiteral("for"), QString::fromLatin1(forWhat));
    w.writeAttribute(QStringLiteral("attr.name"), name);
    w.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(type));
}

void writeData(QXmlStreamWriter& w, const QString& key, const QString& value) {
    w.writeStartElement(QStringLiteral("data"));
    w.writeAttribute(QStringLiteral("key"), key);
    w.writeCharacters(value);
    w.writeEndElement();
}

void writeGraphMl(QXmlStreamWriter& w, const GraphAnalysis& a, const QVector<QPointF>& positions) {
    w.writeStartElement(QStringLiteral("graphml"));
    w.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    writeKey(w, QStringLiteral("label"), "node", QStringLiteral("label"), "string");
    for (const NodeAttribute& attr : kNodeAttributes)
        writeKey(w, QString::fromLatin1(attr.name), "node", QString::fromLatin1(attr.name), attr.graphmlType);
    const bool withPositions = !positions.isEmpty();
    if (withPositions) {
        writeKey(w, QStringLiteral("x"), "node", QStringLiteral("x"), "double");
        writeKey(w, QStringLiteral("y"), "node", QStringLiteral("y"), "double");
    }
    writeKey(w, QStringLiteral("weight"), "edge", QStringLiteral("weight"), "double");
    writeKey(w, QStringLiteral("kinds"), "edge", QStringLiteral("kinds"), "string");
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("chorus"));
    w.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    for (int i = 0; i < a.graph.nodeCount(); ++i) {
        const GraphNode& n = a.graph.nodes[i];
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(n.personId));
        writeData(w, QStringLiteral("label"), GraphExport::xmlSafe(n.name));
        const QStringList values = nodeValues(a, i);
        int k = 0;
        for (const NodeAttribute& attr : kNodeAttributes)
            writeData(w, QString::fromLatin1(attr.name), values[k++]);
        if (withPositions && i < positions.size()) {
            writeData(w, QStringLiteral("x"), number(positions[i].x()));
            writeData(w, QStringLiteral("y"), number(positions[i].y()));
        }
        w.writeEndElement();
    }
    for (const GraphEdge& edge : a.graph.edges) {
        w.writeStartElement(QStringLiteral("edge"));
        w.writeAttribute(QStringLiteral("source"),
                         QStringLiteral("n%1").arg(a.graph.nodes[edge.source].personId));
        w.writeAttribute(QStringLiteral("target"),
                         QStringLiteral("n%1").arg(a.graph.nodes[edge.target].personId));
        writeData(w, QStringLiteral("weight"), number(edge.weight));
        writeData(w, QStringLiteral("kinds"), kindsText(edge.kinds));
        w.writeEndElement();
    }
    w.writeEndElement(); // graph
    w.writeEndElement(); // graphml
}

} // namespace

QString GraphExport::xmlSafe(const QString& s) {
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const ushort u = c.unicode();
        if (u >= 0x20 || u == 0x09 || u == 0x0a || u == 0x0d)
            out += c;
    }
    return out;
}

std::optional<GraphFormat> graphFormatFromKey(const QString& key) {
    if (key == QLatin1String("gexf"))
        return GraphFormat::Gexf;
    if (key == QLatin1String("graphml"))
        return GraphFormat::GraphMl;
    return std::nullopt;
}

Status GraphExport::write(QIODevice& device, GraphFormat format, const GraphAnalysis& analysis,
                          const QVector<QPointF>& positions) {
    QXmlStreamWriter w(&device);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    if (format == GraphFormat::Gexf)
        writeGexf(w, analysis, positions);
    else
        writeGraphMl(w, analysis, positions);
    w.writeEndDocument();
    if (w.hasError())
        return makeError(ErrorCode::Io, Tr::tr("Writing the graph failed: %1").arg(device.errorString()));
    return {};
}

Status GraphExport::writeFile(const QString& path, GraphFormat format, const GraphAnalysis& analysis,
                              const QVector<QPointF>& positions) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (auto st = write(file, format, analysis, positions); !st) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, st.error().message));
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace chorus
