#include "Commands.h"
#include "MapOptions.h"

#include "graph/GraphAnalysis.h"
#include "graph/GraphExport.h"
#include "graph/MapPositions.h"
#include "graph/MapRenderer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <numeric>

namespace chorus::cli {
namespace {

double rounded(double v, double scale = 1e6) {
    return std::round(v * scale) / scale;
}

QJsonObject personJson(const GraphAnalysis& a, int i) {
    const GraphNode& n = a.graph.nodes[i];
    const GraphMetrics& m = a.metrics;
    return {{QStringLiteral("id"), double(n.personId)},
            {QStringLiteral("name"), n.name},
            {QStringLiteral("organisation"), n.organisation},
            {QStringLiteral("stance"), stanceKey(n.stance)},
            {QStringLiteral("degree"), m.degree.value(i)},
            {QStringLiteral("strength"), rounded(m.strength.value(i), 1e4)},
            {QStringLiteral("pagerank"), rounded(m.pageRank.value(i))},
            {QStringLiteral("betweenness"), rounded(m.betweenness.value(i), 1e2)},
            {QStringLiteral("community"), m.community.value(i, -1)}};
}

QVector<int> topByPageRank(const GraphMetrics& m, int limit) {
    QVector<int> order(m.pageRank.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&m](int a, int b) { return m.pageRank[a] > m.pageRank[b]; });
    if (order.size() > limit)
        order.resize(limit);
    return order;
}

// Opens the workspace, reads the shared options and analyses; returns null with `code` set on failure.
std::shared_ptr<const GraphAnalysis> analyse(CliContext& ctx, const QCommandLineParser& parser,
                                             std::unique_ptr<Workspace>& ws, int& code) {
    ws = ctx.openWorkspace(false, &code);
    if (!ws)
        return nullptr;
    GraphOptions options;
    if (auto bad = readGraphOptions(ctx, parser, *ws, options)) {
        code = *bad;
        return nullptr;
    }
    auto analysis = GraphAnalyzer::analyse(*ws, options);
    if (!analysis) {
        code = ctx.fail(analysis.error());
        return nullptr;
    }
    return *analysis;
}

std::optional<int> readLimit(CliContext& ctx, const QCommandLineParser& parser, int& limit) {
    if (!parser.isSet(QStringLiteral("limit")))
        return std::nullopt;
    bool ok = false;
    limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return ctx.fail(BadUsage, QStringLiteral("--limit: give a positive number"));
    return std::nullopt;
}

} // namespace

int runMapMetrics(CliContext& ctx) {
    QCommandLineParser parser;
    addGraphOptions(parser);
    parser.addOption({QStringLiteral("limit"),
                      QStringLiteral("People listed as most central and as brokers (default 10)."),
                      QStringLiteral("N")});
    if (auto code =
            ctx.parse(parser,
                      QStringLiteral("map metrics [--limit N] [--sources LIST] [--topic NAME] "
                                     "[--stance LIST] [--from DATE] [--to DATE] "
                                     "[--min-weight X] [--json] [--db FILE]"),
                      QStringLiteral("Measures of the relationship map: communities and their topics, "
                                     "the most central people, the brokers between communities.")))
        return *code;
    int limit = 10;
    if (auto bad = readLimit(ctx, parser, limit))
        return *bad;
    std::unique_ptr<Workspace> ws;
    int code = Ok;
    auto a = analyse(ctx, parser, ws, code);
    if (!a)
        return code;
    const GraphMetrics& m = a->metrics;
    const QVector<int> top = topByPageRank(m, limit);
    if (ctx.json()) {
        QJsonArray communities;
        for (const Community& c : m.communities)
            communities.append(QJsonObject{{QStringLiteral("id"), c.id},
                                           {QStringLiteral("label"), c.label},
                                           {QStringLiteral("size"), c.size},
                                           {QStringLiteral("topics"), QJsonArray::fromStringList(c.topics)}});
        QJsonArray central, brokers;
        for (int i : top)
            central.append(personJson(*a, i));
        for (int k = 0; k < std::min<qsizetype>(limit, m.brokers.size()); ++k) {
            QJsonObject b = personJson(*a, m.brokers[k].node);
            b.insert(QStringLiteral("communities_reached"), m.brokers[k].communitiesReached);
            brokers.append(b);
        }
        QJsonArray ego;
        for (int i : m.egoNetwork)
            ego.append(double(a->graph.nodes[i].personId));
        ctx.printJson(QJsonObject{{QStringLiteral("people"), a->graph.nodeCount()},
                                  {QStringLiteral("edges"), a->graph.edgeCount()},
                                  {QStringLiteral("components"), m.components},
                                  {QStringLiteral("isolated"), m.isolated},
                                  {QStringLiteral("modularity"), rounded(m.modularity, 1e4)},
                                  {QStringLiteral("betweenness_exact"), m.betweennessExact},
                                  {QStringLiteral("betweenness_samples"), m.betweennessSamples},
                                  {QStringLiteral("revision"), double(a->revision)},
                                  {QStringLiteral("communities"), communities},
                                  {QStringLiteral("central"), central},
                                  {QStringLiteral("brokers"), brokers},
                                  {QStringLiteral("ego_network"), ego}});
        return Ok;
    }
    QTextStream& out = ctx.out();
    out << a->graph.nodeCount() << " people, " << a->graph.edgeCount() << " relationships, " << m.components
        << " connected group" << (m.components == 1 ? "" : "s") << ", " << m.isolated << " isolated\n";
    out << "Betweenness: "
        << (m.betweennessExact ? QStringLiteral("exact")
                               : QStringLiteral("estimated from %1 sampled people").arg(m.betweennessSamples))
        << "; modularity " << QString::number(m.modularity, 'f', 3) << "\n";
    if (!m.egoNetwork.isEmpty())
        out << "Your network: " << m.egoNetwork.size() - 1 << " people directly connected to you\n";
    out << "\nCommunities (" << m.communities.size() << ")\n";
    QList<QStringList> rows{{QStringLiteral("#"), QStringLiteral("PEOPLE"), QStringLiteral("LABEL")}};
    for (int k = 0; k < std::min<qsizetype>(std::max(limit, 10), m.communities.size()); ++k)
        rows << QStringList{QString::number(m.communities[k].id + 1), QString::number(m.communities[k].size),
                            m.communities[k].label};
    out.flush();
    ctx.printTable(rows);
    auto peopleTable = [&](const QVector<int>& nodes) {
        QList<QStringList> table{{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("PAGERANK"),
                                  QStringLiteral("DEGREE"), QStringLiteral("BETWEENNESS"),
                                  QStringLiteral("COMMUNITY")}};
        for (int i : nodes)
            table << QStringList{
                QString::number(a->graph.nodes[i].personId), a->graph.nodes[i].name,
                QString::number(m.pageRank[i], 'f', 5),      QString::number(m.degree[i]),
                QString::number(m.betweenness[i], 'f', 0),   QString::number(m.community.value(i) + 1)};
        ctx.printTable(table);
    };
    out << "\nMost central (PageRank)\n";
    out.flush();
    peopleTable(top);
    QVector<int> brokers;
    for (int k = 0; k < std::min<qsizetype>(limit, m.brokers.size()); ++k)
        brokers << m.brokers[k].node;
    out << "\nBrokers between communities\n";
    out.flush();
    peopleTable(brokers);
    return Ok;
}

int runMapExport(CliContext& ctx) {
    QCommandLineParser parser;
    addGraphOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("gexf or graphml."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")});
    if (auto code = ctx.parse(parser,
                              QStringLiteral("map export --format gexf|graphml --out FILE [--sources LIST] "
                                             "[--topic NAME] [--stance LIST] [--from DATE] [--to DATE] "
                                             "[--min-weight X] [--db FILE]"),
                              QStringLiteral("Writes the relationship map with attributes and positions for "
                                             "Gephi, networkx or igraph."),
                              false))
        return *code;
    const auto format = graphFormatFromKey(parser.value(QStringLiteral("format")));
    if (!format)
        return ctx.fail(BadUsage, QStringLiteral("--format: give gexf or graphml"));
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("--out: name the file to write"));
    std::unique_ptr<Workspace> ws;
    int code = Ok;
    auto a = analyse(ctx, parser, ws, code);
    if (!a)
        return code;
    auto positions = MapPositions::ensure(*ws, *a);
    if (!positions)
        return ctx.fail(positions.error());
    if (auto st = GraphExport::writeFile(path, *format, *a, *positions); !st)
        return ctx.fail(st.error());
    ctx.out() << "Wrote " << a->graph.nodeCount() << " people and " << a->graph.edgeCount()
              << " relationships to " << path << "\n";
    ctx.out().flush();
    return Ok;
}

int runMapRender(CliContext& ctx) {
    QCommandLineParser parser;
    addGraphOptions(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write: .png, .svg or .pdf."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("width"), QStringLiteral("Width in pixels (default 1600)."), QStringLiteral("W")});
    parser.addOption(
        {QStringLiteral("height"), QStringLiteral("Height in pixels (default 1200)."), QStringLiteral("H")});
    parser.addOption(
        {QStringLiteral("size-by"),
         QStringLiteral("Node size: pagerank, degree, betweenness or uniform (default pagerank)."),
         QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("colour-by"),
                      QStringLiteral("Node colour: community or stance (default community)."),
                      QStringLiteral("WHAT")});
    if (auto code = ctx.parse(parser,
                              QStringLiteral("map render --out FILE.png|.svg|.pdf [--width W --height H] "
                                             "[--size-by METRIC] [--colour-by WHAT] [--sources LIST] "
                                             "[--topic NAME] [--stance LIST] [--from DATE] [--to DATE] "
                                             "[--min-weight X] [--db FILE]"),
                              QStringLiteral("Draws the relationship map into an image or a PDF, without a "
                                             "display."),
                              false))
        return *code;
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return ctx.fail(BadUsage, QStringLiteral("--out: name the file to write"));
    int size[2] = {1600, 1200};
    const char* names[2] = {"width", "height"};
    for (int k = 0; k < 2; ++k) {
        const QString key = QString::fromLatin1(names[k]);
        if (!parser.isSet(key))
            continue;
        bool ok = false;
        size[k] = parser.value(key).toInt(&ok);
        if (!ok || size[k] < 16 || size[k] > 20000)
            return ctx.fail(BadUsage,
                            QStringLiteral("--%1: give a number of pixels from 16 to 20000").arg(key));
    }
    MapStyle style;
    if (parser.isSet(QStringLiteral("size-by"))) {
        auto metric = nodeSizeMetricFromKey(parser.value(QStringLiteral("size-by")));
        if (!metric)
            return ctx.fail(BadUsage,
                            QStringLiteral("--size-by: give pagerank, degree, betweenness or uniform"));
        style.size = *metric;
    }
    if (parser.isSet(QStringLiteral("colour-by"))) {
        const QString what = parser.value(QStringLiteral("colour-by"));
        if (what == QLatin1String("stance"))
            style.colour = NodeColouring::Stance;
        else if (what != QLatin1String("community"))
            return ctx.fail(BadUsage, QStringLiteral("--colour-by: give community or stance"));
    }
    std::unique_ptr<Workspace> ws;
    int code = Ok;
    auto a = analyse(ctx, parser, ws, code);
    if (!a)
        return code;
    auto positions = MapPositions::ensure(*ws, *a);
    if (!positions)
        return ctx.fail(positions.error());
    const MapRenderer renderer(*a, *positions, style);
    if (auto st = renderer.renderToFile(path, size[0], size[1]); !st)
        return ctx.fail(st.error().code == ErrorCode::Invalid ? BadUsage : BadInput, st.error().message);
    ctx.out() << "Drew " << a->graph.nodeCount() << " people into " << path << "\n";
    ctx.out().flush();
    return Ok;
}

} // namespace chorus::cli
