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
};

QTEST_GUILESS_MAIN(TestCliMap)
#include "tst_cli_map.moc"
