#include "graph/GraphExport.h"
#include "graph/MapRenderer.h"
#include "util/PoolThread.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QXmlStreamReader>

using namespace chorus;

namespace {

// Two triangles joined by one edge, with names that XML must escape.
GraphAnalysis sample() {
    GraphAnalysis a;
    const QStringList names{QStringLiteral("Ada <\"Lovelace\"> & co"),
                            QStringLiteral("Bob"),
                            QStringLiteral("Zoë"),
                            QStringLiteral("李雷"),
                            QStringLiteral("Eve\x01 Bell"),
                            QStringLiteral("Fay")};
    for (int i = 0; i < names.size(); ++i)
        a.graph.nodes.push_back(
            {Id(100 + i), names[i], QStringLiteral("Org & Sons"), Stance::Advocate, i == 1});
    a.graph.reindex();
    for (auto [x, y] : {std::pair{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}})
        a.graph.addEdge(x, y, 1.0, EdgeTie | EdgeEvent);
    a.graph.addEdge(2, 3, 0.25, EdgeConversation);
    a.graph.finish();
    a.metrics = *computeMetrics(a.graph);
    return a;
}

QVector<QPointF> positions(int n) {
    QVector<QPointF> p;
    for (int i = 0; i < n; ++i)
        p.push_back(QPointF(10.5 * i, -3.25 * i));
    return p;
}

struct Parsed {
    QStringList labels;
    QStringList ids;
    QVector<QPointF> positions;
    int edges = 0;
    QStringList weights;
    QHash<QString, QString> firstNodeData; ///< GraphML data or GEXF attvalue by key
};

Parsed parse(const QByteArray& xml, bool gexf) {
    Parsed p;
    QXmlStreamReader r(xml);
    QHash<QString, QString> gexfTitles; // attribute id -> title
    QString dataKey;
    double x = 0;
    bool inFirstNode = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && r.name() == QLatin1String("node"))
            inFirstNode = false;
        if (!r.isStartElement())
            continue;
        const auto attrs = r.attributes();
        const QStringView name = r.name();
        if (name == QLatin1String("attribute"))
            gexfTitles.insert(attrs.value(QLatin1String("id")).toString(),
                              attrs.value(QLatin1String("title")).toString());
        if (name == QLatin1String("node")) {
            p.ids << attrs.value(QLatin1String("id")).toString();
            inFirstNode = p.ids.size() == 1;
            if (gexf)
                p.labels << attrs.value(QLatin1String("label")).toString();
        } else if (name == QLatin1String("edge")) {
            ++p.edges;
            if (gexf)
                p.weights << attrs.value(QLatin1String("weight")).toString();
        } else if (gexf && name == QLatin1String("position")) {
            p.positions << QPointF(attrs.value(QLatin1String("x")).toDouble(),
                                   -attrs.value(QLatin1String("y")).toDouble());
        } else if (gexf && name == QLatin1String("attvalue") && inFirstNode) {
            p.firstNodeData.insert(gexfTitles.value(attrs.value(QLatin1String("for")).toString()),
                                   attrs.value(QLatin1String("value")).toString());
        } else if (!gexf && name == QLatin1String("data")) {
            dataKey = attrs.value(QLatin1String("key")).toString();
            const QString text = r.readElementText();
            if (dataKey == QLatin1String("label"))
                p.labels << text;
            else if (dataKey == QLatin1String("x"))
                x = text.toDouble();
            else if (dataKey == QLatin1String("y"))
                p.positions << QPointF(x, text.toDouble());
            else if (dataKey == QLatin1String("weight"))
                p.weights << text;
            if (inFirstNode)
                p.firstNodeData.insert(dataKey, text);
            if (r.isEndElement() && r.name() == QLatin1String("node"))
                inFirstNode = false;
        }
    }
    if (r.hasError())
        qWarning("XML error at line %lld: %s", r.lineNumber(), qPrintable(r.errorString()));
    p.ids << (r.hasError() ? QStringLiteral("<error>") : QString());
    p.ids.removeLast();
    if (r.hasError())
        p.edges = -1;
    return p;
}

void checkRoundTrip(GraphFormat format) {
    const GraphAnalysis a = sample();
    const QVector<QPointF> pos = positions(a.graph.nodeCount());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(GraphExport::write(buffer, format, a, pos).ok());
    const bool gexf = format == GraphFormat::Gexf;
    const Parsed p = parse(buffer.data(), gexf);
    QCOMPARE(p.edges, a.graph.edgeCount());
    QCOMPARE(p.labels.size(), a.graph.nodeCount());
    QCOMPARE(p.labels[0], QStringLiteral("Ada <\"Lovelace\"> & co"));
    QCOMPARE(p.labels[3], QStringLiteral("李雷"));
    QCOMPARE(p.labels[4], QStringLiteral("Eve Bell")); // a control character XML cannot hold is dropped
    QCOMPARE(p.ids[0], gexf ? QStringLiteral("100") : QStringLiteral("n100"));
    QCOMPARE(p.positions, pos);
    QVERIFY(p.weights.contains(QStringLiteral("0.25")));
    QCOMPARE(p.firstNodeData.value(QStringLiteral("organisation")), QStringLiteral("Org & Sons"));
    QCOMPARE(p.firstNodeData.value(QStringLiteral("stance")), QStringLiteral("advocate"));
    QCOMPARE(p.firstNodeData.value(QStringLiteral("community")), QString::number(a.metrics.community[0]));
    QCOMPARE(p.firstNodeData.value(QStringLiteral("degree")), QStringLiteral("2"));
    QVERIFY(qAbs(p.firstNodeData.value(QStringLiteral("pagerank")).toDouble() - a.metrics.pageRank[0]) <
            1e-9);
}

} // namespace

class TestGraphExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void gexfRoundTrips() { checkRoundTrip(GraphFormat::Gexf); }
    void graphMlRoundTrips() { checkRoundTrip(GraphFormat::GraphMl); }

    void networkxOpensBothFormats() {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const GraphAnalysis a = sample();
        const QString gexf = m_dir.filePath(QStringLiteral("map.gexf"));
        const QString graphml = m_dir.filePath(QStringLiteral("map.graphml"));
        QVERIFY(GraphExport::writeFile(gexf, GraphFormat::Gexf, a, positions(6)).ok());
        QVERIFY(GraphExport::writeFile(graphml, GraphFormat::GraphMl, a, positions(6)).ok());
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys\ntry:\n import networkx as nx\nexcept ImportError:\n "
                                        "print('skip'); sys.exit(0)\n"
                                        "for f in sys.argv[1:]:\n"
                                        " g = nx.read_gexf(f) if f.endswith('gexf') else nx.read_graphml(f)\n"
                                        " print(g.number_of_nodes(), g.number_of_edges())"),
                         gexf, graphml});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (out == QLatin1String("skip"))
            QSKIP("networkx is not installed");
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(out, QStringLiteral("6 7\n6 7"));
    }

    void aFailedWriteLeavesNothing() {
        const GraphAnalysis a = sample();
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/map.gexf"));
        auto st = GraphExport::writeFile(path, GraphFormat::Gexf, a, {});
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void renderDrawsNodesInTheirColours() {
        const GraphAnalysis a = sample();
        const QVector<QPointF> pos = positions(6);
        const MapRenderer renderer(a, pos);
        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        QVERIFY(renderer.renderToFile(png, 400, 300).ok());
        QImage image(png);
        QCOMPARE(image.size(), QSize(400, 300));
        // Node 0 sits at the bounding box's top-left corner (after the margin): a community colour is there.
        bool coloured = false;
        const QColor expected = communityColour(a.metrics.community[5]);
        for (int y = 0; y < image.height() && !coloured; ++y) {
            for (int x = 0; x < image.width() && !coloured; ++x)
                coloured = QColor(image.pixel(x, y)) == expected;
        }
        QVERIFY(coloured);

        const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
        QVERIFY(renderer.renderToFile(svg, 400, 300).ok());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader r(&f);
        int circles = 0;
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("circle"))
                ++circles;
        }
        QVERIFY(!r.hasError());
        QCOMPARE(circles, 6);

        const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
        QVERIFY(renderer.renderToFile(pdf, 400, 300).ok());
        QFile pf(pdf);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QVERIFY(pf.read(5) == "%PDF-");

        auto bad = renderer.renderToFile(m_dir.filePath(QStringLiteral("map.bmp")), 400, 300);
        QVERIFY(!bad);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("map.bmp"))));
    }

    // runOnPoolThread, which the picture and the bench's layer redraws go through: the work runs on a thread
    // of the global pool (where Qt's raster engine fills in place), or right there when already on one.
    void runOnPoolThreadRunsTheWorkOnThePool() {
        QThreadPool* pool = QThreadPool::globalInstance();
        bool onPool = false;
        runOnPoolThread([&] { onPool = pool->contains(QThread::currentThread()); });
        QVERIFY(onPool);

        QThread* outer = nullptr;
        QThread* inner = nullptr;
        QSemaphore done;
        pool->start([&] {
            outer = QThread::currentThread();
            runOnPoolThread([&] { inner = QThread::currentThread(); });
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QVERIFY(outer);
        QCOMPARE(inner, outer); // no second hand-over, no waiting on a pool it already occupies
    }

    // The picture goes through runOnPoolThread: it must be the same picture wherever it is asked for, even
    // while every pool thread is busy (it then waits for one).
    void pictureIsTheSameFromAnyThread() {
        const GraphAnalysis a = sample();
        const QVector<QPointF> pos = positions(6);
        const MapRenderer renderer(a, pos);
        const QSize size(480, 320);
        QImage direct(size, QImage::Format_ARGB32_Premultiplied);
        direct.fill(Qt::white);
        {
            QPainter p(&direct);
            renderer.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QVERIFY(direct.pixel(0, 0) == qRgb(255, 255, 255));
        QCOMPARE(renderer.image(size), direct);

        QImage fromPool;
        QSemaphore done;
        QThreadPool::globalInstance()->start([&] {
            fromPool = renderer.image(size);
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QCOMPARE(fromPool, direct);

        // Every pool thread busy for a while: the picture waits for one, and is still the same.
        QThreadPool* pool = QThreadPool::globalInstance();
        const int before = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore started, never;
        pool->start([&] {
            started.release();
            never.tryAcquire(1, 300);
        });
        QVERIFY(started.tryAcquire(1, 30000));
        const QImage afterBusy = renderer.image(size);
        pool->waitForDone();
        pool->setMaxThreadCount(before);
        QCOMPARE(afterBusy, direct);
    }
};

QTEST_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
