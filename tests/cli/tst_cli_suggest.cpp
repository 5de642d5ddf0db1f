// chorus-cli suggest: the five lists from the shell, in text and JSON, with --explain.

#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = chorus::test::CliRun;
const auto cli = chorus::test::runCli;

const QString kAt = QStringLiteral("2026-11-20T12:00:00Z"); // the sample generator's "now"
} // namespace

class TestCliSuggest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase() {
        m_db = m_dir.filePath(QStringLiteral("suggest.chorus"));
        QCOMPARE(
            cli({QStringLiteral("generate"), QStringLiteral("--people"), QStringLiteral("300")}, m_db).code,
            0);
    }

    void allFiveListsAsJson() {
        const Run r =
            cli({QStringLiteral("suggest"), QStringLiteral("--at"), kAt, QStringLiteral("--json")}, m_db);
        QCOMPARE(r.code, 0);
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QStringLiteral("at")).toString(), kAt);
        const QJsonArray list = doc.value(QStringLiteral("suggestions")).toArray();
        QSet<QString> kinds;
        for (const QJsonValue& v : list) {
            const QJsonObject s = v.toObject();
            kinds.insert(s.value(QStringLiteral("kind")).toString());
            QVERIFY(s.value(QStringLiteral("score")).isDouble());
            QVERIFY(!s.value(QStringLiteral("explanation")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("components")).toObject().isEmpty());
            QVERIFY(!s.value(QStringLiteral("subject_key")).toString().isEmpty());
            for (const QJsonValue& p : s.value(QStringLiteral("people")).toArray()) {
                const QJsonObject person = p.toObject();
                QVERIFY(person.value(QStringLiteral("id")).toDouble() > 0);
                QVERIFY(!person.value(QStringLiteral("name")).toString().isEmpty());
                QVERIFY(!person.value(QStringLiteral("stance")).toString().isEmpty());
                if (s.value(QStringLiteral("kind")).toString() == QLatin1String("support"))
                    QVERIFY(person.value(QStringLiteral("stance")).toString() != QLatin1String("sceptic"));
            }
        }
        QCOMPARE(kinds, (QSet<QString>{QStringLiteral("support"), QStringLiteral("join"),
                                       QStringLiteral("introduce"), QStringLiteral("reconnect"),
                                       QStringLiteral("caution")}));
        // Deterministic for a workspace and a time.
        QCOMPARE(
            cli({QStringLiteral("suggest"), QStringLiteral("--at"), kAt, QStringLiteral("--json")}, m_db).out,
            r.out);
    }

    void oneKindWithALimit() {
        const Run r = cli({QStringLiteral("suggest"), QStringLiteral("--kind"), QStringLiteral("support"),
                           QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--at"), kAt,
                           QStringLiteral("--json")},
                          m_db);
        QCOMPARE(r.code, 0);
        const QJsonArray list = r.json().value(QStringLiteral("suggestions")).toArray();
        QCOMPARE(list.size(), 3);
        double previous = 1e9;
        for (const QJsonValue& v : list) {
            QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("support"));
            QCOMPARE(v.toObject()
                         .value(QStringLiteral("object"))
                         .toObject()
                         .value(QStringLiteral("type"))
                         .toString(),
                     QStringLiteral("post"));
            const double score = v.toObject().value(QStringLiteral("score")).toDouble();
            QVERIFY(score <= previous);
            previous = score;
        }
    }

    void explainShowsTheArithmetic() {
        const Run text = cli({QStringLiteral("suggest"), QStringLiteral("--kind"), QStringLiteral("join"),
                              QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--at"), kAt,
                              QStringLiteral("--explain")},
                             m_db);
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("score =")));
        QVERIFY(text.out.contains(QStringLiteral("freshness")));
        QVERIFY(text.out.contains(QStringLiteral("suggest.join.weight.topic_fit")));
        const Run json = cli({QStringLiteral("suggest"), QStringLiteral("--kind"), QStringLiteral("caution"),
                              QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--at"), kAt,
                              QStringLiteral("--explain"), QStringLiteral("--json")},
                             m_db);
        const QJsonObject first =
            json.json().value(QStringLiteral("suggestions")).toArray().first().toObject();
        QVERIFY(!first.value(QStringLiteral("arithmetic")).toArray().isEmpty());
        QCOMPARE(first.value(QStringLiteral("weights")).toObject().keys(),
                 first.value(QStringLiteral("components")).toObject().keys());
    }

    void badUsageAndMissingWorkspace() {
        const Run kind =
            cli({QStringLiteral("suggest"), QStringLiteral("--kind"), QStringLiteral("pitch")}, m_db);
        QCOMPARE(kind.code, 2);
        QVERIFY(kind.err.contains(QStringLiteral("--kind")));
        QCOMPARE(cli({QStringLiteral("suggest"), QStringLiteral("--at"), QStringLiteral("soon")}, m_db).code,
                 2);
        QCOMPARE(cli({QStringLiteral("suggest"), QStringLiteral("--limit"), QStringLiteral("0")}, m_db).code,
                 2);
        const QString missing = m_dir.filePath(QStringLiteral("missing.chorus"));
        QCOMPARE(cli({QStringLiteral("suggest")}, missing).code, 1);
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliSuggest)
#include "tst_cli_suggest.moc"
