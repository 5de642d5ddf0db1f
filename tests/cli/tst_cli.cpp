#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("CHORUS_CLI"), args);
    if (!p.waitForFinished(120000))
        qFatal("chorus-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void versionAndHelpAtEveryLevel() {
        Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("chorus-cli ")));
        Run top = cli({QStringLiteral("--help")});
        QCOMPARE(top.code, 0);
        QVERIFY(top.out.contains(QStringLiteral("person add")));
        Run group = cli({QStringLiteral("person"), QStringLiteral("--help")});
        QCOMPARE(group.code, 0);
        QVERIFY(group.out.contains(QStringLiteral("person show")));
        Run leaf = cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(leaf.code, 0);
        QVERIFY(leaf.out.contains(QStringLiteral("--stance")));
    }

    void badUsageExitsTwoWithOneLine() {
        Run none = cli({});
        QCOMPARE(none.code, 2);
        Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        Run badOption = cli({QStringLiteral("info"), QStringLiteral("--nope"), QStringLiteral("--db"),
                             db(QStringLiteral("x.chorus"))});
        QCOMPARE(badOption.code, 2);
        Run badStance = cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("A"), QStringLiteral("--stance"), QStringLiteral("fan"),
                             QStringLiteral("--db"), db(QStringLiteral("x.chorus"))});
        QCOMPARE(badStance.code, 2);
        QVERIFY(badStance.err.contains(QStringLiteral("--stance")));
        QVERIFY(!QFileInfo::exists(db(QStringLiteral("x.chorus"))));
    }

    void missingWorkspaceIsAnErrorExceptForCreators() {
        const QString path = db(QStringLiteral("missing.chorus"));
        Run info = cli({QStringLiteral("info"), QStringLiteral("--db"), path});
        QCOMPARE(info.code, 1);
        QVERIFY(info.err.contains(path));
        QCOMPARE(info.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFileInfo::exists(path));
        Run search = cli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--db"), path});
        QCOMPARE(search.code, 1);
        QVERIFY(!QFileInfo::exists(path));
    }

    void aDayOfWorkFromTheShell() {
        const QString path = db(QStringLiteral("work.chorus"));
        Run add = cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Ada Lovelace"), QStringLiteral("--org"), QStringLiteral("Engines Ltd"),
                       QStringLiteral("--stance"), QStringLiteral("advocate"), QStringLiteral("--identity"),
                       QStringLiteral("mastodon:@ada@hachyderm.io"), QStringLiteral("--topic"),
                       QStringLiteral("Compilers"), QStringLiteral("--json"), QStringLiteral("--db"), path});
        QCOMPARE(add.code, 0);
        const QJsonObject person = add.json();
        const qint64 id = person.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(person.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(person.value(QStringLiteral("organisation")).toString(), QStringLiteral("Engines Ltd"));
        QCOMPARE(person.value(QStringLiteral("stance")).toString(), QStringLiteral("advocate"));
        struct stat st {};
        ::stat(QFile::encodeName(path).constData(), &st);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        const QString idText = QString::number(id);
        Run note = cli({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--person"), idText,
                        QStringLiteral("--text"),
                        QStringLiteral("Wants a <b>bernoulli</b> demo; \"quotes\" & semicolons;"),
                        QStringLiteral("--db"), path});
        QCOMPARE(note.code, 0);
        Run tp = cli({QStringLiteral("touchpoint"), QStringLiteral("add"), QStringLiteral("--person"), idText,
                      QStringLiteral("--kind"), QStringLiteral("amplified"), QStringLiteral("--at"),
                      QStringLiteral("2026-11-20T09:14:00Z"), QStringLiteral("--json"),
                      QStringLiteral("--db"), path});
        QCOMPARE(tp.code, 0);
        QCOMPARE(tp.json().value(QStringLiteral("axis")).toString(), QStringLiteral("with"));
        QCOMPARE(tp.json().value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-20T09:14:00Z"));

        Run search = cli({QStringLiteral("search"), QStringLiteral("bernoulli"), QStringLiteral("--json"),
                          QStringLiteral("--db"), path});
        QCOMPARE(search.code, 0);
        const QJsonArray hits = search.json().value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(hits.first().toObject().value(QStringLiteral("person_id")).toInteger(), id);

        Run show = cli({QStringLiteral("person"), QStringLiteral("show"), idText, QStringLiteral("--json"),
                        QStringLiteral("--db"), path});
        QCOMPARE(show.code, 0);
        QCOMPARE(show.json().value(QStringLiteral("touchpoints")).toArray().size(), 1);
        QCOMPARE(show.json()
                     .value(QStringLiteral("identities"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("handle"))
                     .toString(),
                 QStringLiteral("@ada@hachyderm.io"));

        Run list = cli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json"),
                        QStringLiteral("--db"), path});
        QCOMPARE(list.json().value(QStringLiteral("people")).toArray().size(), 1);
        Run text = cli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--db"), path});
        QVERIFY(text.out.contains(QStringLiteral("Ada Lovelace")));

        Run info = cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--db"), path});
        QCOMPARE(info.code, 0);
        QCOMPARE(info.json().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(
            info.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("notes")).toInt(), 1);

        Run missing = cli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("999"),
                           QStringLiteral("--db"), path});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("999")));
        Run badKind =
            cli({QStringLiteral("touchpoint"), QStringLiteral("add"), QStringLiteral("--person"), idText,
                 QStringLiteral("--kind"), QStringLiteral("stalked"), QStringLiteral("--db"), path});
        QCOMPARE(badKind.code, 2);
    }

    void generateIsDeterministicAndRefusesToOverwrite() {
        const QString a = db(QStringLiteral("g1.chorus"));
        const QString b = db(QStringLiteral("g2.chorus"));
        Run ga = cli({QStringLiteral("generate"), QStringLiteral("--people"), QStringLiteral("300"),
                      QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--json"),
                      QStringLiteral("--db"), a});
        QCOMPARE(ga.code, 0);
        QCOMPARE(ga.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("people")).toInt(),
                 300);
        Run gb = cli({QStringLiteral("generate"), QStringLiteral("--people"), QStringLiteral("300"),
                      QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--db"), b});
        QCOMPARE(gb.code, 0);
        Run la = cli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json"),
                      QStringLiteral("--db"), a});
        Run lb = cli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json"),
                      QStringLiteral("--db"), b});
        QCOMPARE(la.out, lb.out);
        Run again = cli({QStringLiteral("generate"), QStringLiteral("--people"), QStringLiteral("10"),
                         QStringLiteral("--db"), a});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already holds 300 people")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
