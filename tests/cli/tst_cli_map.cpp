#include "support/CliRun.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
using Run = chorus::test::CliRun;
const auto cli = chorus::test::runCli;

// Counts start elements named `element` in an XML file; -1 when it is not well-formed.
int countElements(const QString& path, const QString& element) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QXmlStreamReader r(&f);
    int n = 0;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            ++n;
    }
    return r.hasError() ? -1 : n;
}
} // namespace

class TestCliMap : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase() {
        m_db = m_dir.filePath(QStringLiteral("map.chorus"));
        const Run gen = cli({QStringLiteral("generate"), QStringLiteral("--people"), QStringLiteral("400"),
                             QStringLiteral("--seed"), QStringLiteral("5")},
                            m_db);
        QVERIFY2(gen.code == 0, qPrintable(gen.err));
    }

    void metricsAsJson() {
        const Run r = cli({QStringLiteral("map"), QStringLiteral("metrics"), QStringLiteral("--limit"),
                           QStringLiteral("3"), QStringLiteral("--json")},
                          m_db);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QVERIFY(o.value(QStringLiteral("people")).toInt() >= 390);
        QVERIFY(o.value(QStringLiteral("edges")).toInt() > 0);
        QVERIFY(o.value(QStringLiteral("betweenness_exact")).toBool());
        const QJsonArray communities = o.value(QStringLiteral("communities")).toArray();
        QVERIFY(communities.size() >= 2);
        QVERIFY(!communities.first().toObject().value(QStringLiteral("label")).toString().isEmpty());
        const QJsonArray central = o.value(QStringLiteral("central")).toArray();
        QCOMPARE(central.size(), 3);
        const QJsonObject top = central.first().toObject();
        for (const char* key : {"id", "name", "organisation", "stance", "pagerank", "degree", "betweenness"})
            QVERIFY2(top.contains(QLatin1String(key)), key);
        QVERIFY(top.value(QStringLiteral("pagerank")).toDouble() >=
                central.last().toObject().value(QStringLiteral("pagerank")).toDouble());
        QVERIFY(o.value(QStringLiteral("brokers")).toArray().size() <= 3);
        QVERIFY(!o.value(QStringLiteral("ego_network")).toArray().isEmpty());

        // Fewer sources, fewer edges; aligned people only, fewer people.
        const Run ties = cli({QStringLiteral("map"), QStringLiteral("metrics"), QStringLiteral("--sources"),
                              QStringLiteral("ties"), QStringLiteral("--stance"),
                              QStringLiteral("champion,advocate"), QStringLiteral("--json")},
                             m_db);
        QCOMPARE(ties.code, 0);
        QVERIFY(ties.json().value(QStringLiteral("edges")).toInt() <
                o.value(QStringLiteral("edges")).toInt());
        QVERIFY(ties.json().value(QStringLiteral("people")).toInt() <
                o.value(QStringLiteral("people")).toInt());
    }

    void metricsForPeople() {
        const Run r = cli({QStringLiteral("map"), QStringLiteral("metrics")}, m_db);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Communities")));
        QVERIFY(r.out.contains(QStringLiteral("Brokers between communities")));
    }

    void badUsage() {
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("xml"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))},
                     m_db)
                     .code,
                 2);
        const Run sources = cli({QStringLiteral("map"), QStringLiteral("metrics"),
                                 QStringLiteral("--sources"), QStringLiteral("tweets")},
                                m_db);
        QCOMPARE(sources.code, 2);
        QVERIFY(sources.err.contains(QStringLiteral("tweets")));
        const Run topic = cli({QStringLiteral("map"), QStringLiteral("metrics"), QStringLiteral("--topic"),
                               QStringLiteral("No such topic")},
                              m_db);
        QCOMPARE(topic.code, 1);
        QCOMPARE(
            cli({QStringLiteral("map"), QStringLiteral("render"), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("m.png")), QStringLiteral("--width"), QStringLiteral("5")},
                m_db)
                .code,
            2);
        QCOMPARE(
            cli({QStringLiteral("map"), QStringLiteral("metrics")}, m_dir.filePath(QStringLiteral("none")))
                .code,
            1);
    }

    void exportAndRenderWithStoredPositions() {
        const QString gexf = m_dir.filePath(QStringLiteral("map.gexf"));
        const Run e = cli({QStringLiteral("map"), QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("gexf"), QStringLiteral("--out"), gexf},
                          m_db);
        QVERIFY2(e.code == 0, qPrintable(e.err));
        const int people = countElements(gexf, QStringLiteral("node"));
        QVERIFY(people >= 390);
        QCOMPARE(countElements(gexf, QStringLiteral("position")), people); // laid out and stored

        const QString graphml = m_dir.filePath(QStringLiteral("map.graphml"));
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("graphml"), QStringLiteral("--out"), graphml},
                     m_db)
                     .code,
                 0);
        QCOMPARE(countElements(graphml, QStringLiteral("node")), people);
        QCOMPARE(countElements(graphml, QStringLiteral("edge")), countElements(gexf, QStringLiteral("edge")));

        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        const Run r = cli({QStringLiteral("map"), QStringLiteral("render"), QStringLiteral("--out"), png,
                           QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"),
                           QStringLiteral("480"), QStringLiteral("--colour-by"), QStringLiteral("stance")},
                          m_db);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(640, 480));
        QVERIFY(image.pixel(320, 240) != 0 || image.pixel(0, 0) != 0);
        const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(
            cli({QStringLiteral("map"), QStringLiteral("render"), QStringLiteral("--out"), svg}, m_db).code,
            0);
        QCOMPARE(countElements(svg, QStringLiteral("circle")), people);
    }

    void benchReportsMapFrameTimes() {
        // The whole bench at a small size: the map's frame times are among its figures, in --json.
        const QString dir = m_dir.filePath(QStringLiteral("bench"));
        const Run run = cli({QStringLiteral("bench"), QStringLiteral("--people"), QStringLiteral("1000"),
                             QStringLiteral("--json"), QStringLiteral("--dir"), dir},
                            m_db);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray sizes = run.json().value(QStringLiteral("sizes")).toArray();
        QCOMPARE(sizes.size(), 1);
        QHash<QString, QJsonObject> figures;
        for (const QJsonValue& f : sizes[0].toObject().value(QStringLiteral("figures")).toArray())
            figures.insert(f.toObject().value(QStringLiteral("key")).toString(), f.toObject());
        QVERIFY(figures.contains(QStringLiteral("map_metrics_total"))); // the other steps still run
        QVERIFY(figures.contains(QStringLiteral("csv_import")));
        const QStringList frames{QStringLiteral("map_frame_pan"), QStringLiteral("map_frame_zoom"),
                                 QStringLiteral("map_frame_pan_zoomed"),
                                 QStringLiteral("map_frame_zoom_zoomed")};
        for (const QString& key : frames) {
            const QJsonObject f = figures.value(key);
            QVERIFY2(!f.isEmpty(), qPrintable(key));
            QCOMPARE(f.value(QStringLiteral("unit")).toString(), QStringLiteral("ms"));
            QCOMPARE(f.value(QStringLiteral("runs")).toInt(), 120);
            const double median = f.value(QStringLiteral("median")).toDouble();
            QVERIFY2(median > 0, qPrintable(key));
            QVERIFY2(f.value(QStringLiteral("p95")).toDouble() >= median, qPrintable(key));
            QVERIFY2(f.value(QStringLiteral("peak_rss_kb")).toDouble() > 0, qPrintable(key));
            QCOMPARE(f.value(QStringLiteral("target")).toDouble(), 33.0);
        }
        for (const QString& key :
             {QStringLiteral("map_layer_redraw"), QStringLiteral("map_layer_redraw_zoomed")})
            QCOMPARE(figures.value(key).value(QStringLiteral("runs")).toInt(), 10);

        // Only those, as text, on the workspace just generated.
        const Run only = cli({QStringLiteral("bench"), QStringLiteral("--people"), QStringLiteral("1000"),
                              QStringLiteral("--map-frames-only"), QStringLiteral("--dir"), dir},
                             m_db);
        QVERIFY2(only.code == 0, qPrintable(only.err));
        QVERIFY(!only.err.contains(QStringLiteral("generating")));
        for (const QString& label :
             {QStringLiteral("Map pan frame, whole map in view"),
              QStringLiteral("Map zoom frame, whole map in view"),
              QStringLiteral("Map pan frame, zoomed in 8×"), QStringLiteral("Map zoom frame, zoomed in 8×")})
            QVERIFY2(only.out.contains(label), qPrintable(label));
        QVERIFY(!only.out.contains(QStringLiteral("Full-text search")));
        QVERIFY(!only.out.contains(QStringLiteral("CSV import")));

        const Run both = cli({QStringLiteral("bench"), QStringLiteral("--import-only"),
                              QStringLiteral("--map-frames-only"), QStringLiteral("--dir"), dir},
                             m_db);
        QCOMPARE(both.code, 2);
        QVERIFY(both.err.contains(QStringLiteral("choose one")));
    }
};

QTEST_GUILESS_MAIN(TestCliMap)
#include "tst_cli_map.moc"
