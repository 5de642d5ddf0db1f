#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = chorus::test::CliRun;
const auto cli = chorus::test::runCli;
} // namespace

class TestCliCapture : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void captureFromTheShell() {
        const QString db = m_dir.filePath(QStringLiteral("capture.chorus"));
        Run missing = cli({QStringLiteral("capture"), QStringLiteral("--name"), QStringLiteral("Ada"),
                           QStringLiteral("--kind"), QStringLiteral("met")},
                          db);
        QCOMPARE(missing.code, 1); // capture never creates a workspace
        QVERIFY(!QFile::exists(db));
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("José Núñez"), QStringLiteral("--identity"),
                      QStringLiteral("email:jose@example.org")},
                     db)
                     .code,
                 0);

        // By email: the existing person, whatever name is given.
        Run byEmail =
            cli({QStringLiteral("capture"), QStringLiteral("--handle"), QStringLiteral("JOSE@example.org"),
                 QStringLiteral("--kind"), QStringLiteral("replied"), QStringLiteral("--at"),
                 QStringLiteral("yesterday"), QStringLiteral("--note"),
                 QStringLiteral("answered on the list"), QStringLiteral("--json")},
                db);
        QCOMPARE(byEmail.code, 0);
        const QJsonObject o = byEmail.json();
        const double jose =
            o.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toDouble();
        QCOMPARE(o.value(QStringLiteral("matched_by")).toString(), QStringLiteral("identity"));
        QCOMPARE(o.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("touchpoint")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("replied"));
        QCOMPARE(o.value(QStringLiteral("person")).toObject().value(QStringLiteral("stance")).toString(),
                 QStringLiteral("unknown"));

        // By name, without accents: the same person again; a follow-up with a natural due date.
        Run byName = cli({QStringLiteral("capture"), QStringLiteral("--name"), QStringLiteral("jose nunez"),
                          QStringLiteral("--kind"), QStringLiteral("helped"), QStringLiteral("--follow-up"),
                          QStringLiteral("Send the slides"), QStringLiteral("--due"),
                          QStringLiteral("2026-12-01"), QStringLiteral("--json")},
                         db);
        QCOMPARE(byName.code, 0);
        QCOMPARE(
            byName.json().value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toDouble(),
            jose);
        QCOMPARE(byName.json().value(QStringLiteral("matched_by")).toString(), QStringLiteral("name"));
        QCOMPARE(byName.json()
                     .value(QStringLiteral("follow_up"))
                     .toObject()
                     .value(QStringLiteral("due_on"))
                     .toString(),
                 QStringLiteral("2026-12-01"));

        // A new name creates a person with the handle; a note without a kind is a note on the person.
        Run created =
            cli({QStringLiteral("capture"), QStringLiteral("--name"), QStringLiteral("Grace Hopper"),
                 QStringLiteral("--handle"), QStringLiteral("github:ghopper"), QStringLiteral("--note"),
                 QStringLiteral("met at the booth")},
                db);
        QCOMPARE(created.code, 0);
        QVERIFY(created.out.contains(QStringLiteral("Grace Hopper")));
        QVERIFY(created.out.contains(QStringLiteral("new")));
        Run again = cli({QStringLiteral("capture"), QStringLiteral("--handle"),
                         QStringLiteral("https://github.com/ghopper"), QStringLiteral("--kind"),
                         QStringLiteral("amplified"), QStringLiteral("--json")},
                        db);
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().value(QStringLiteral("matched_by")).toString(), QStringLiteral("identity"));
        Run search = cli({QStringLiteral("search"), QStringLiteral("booth"), QStringLiteral("--json")}, db);
        QVERIFY(search.out.contains(QStringLiteral("met at the booth")));

        // Bad usage: exit 2 with one line naming the option.
        Run badKind = cli({QStringLiteral("capture"), QStringLiteral("--name"), QStringLiteral("X"),
                           QStringLiteral("--kind"), QStringLiteral("hugged")},
                          db);
        QCOMPARE(badKind.code, 2);
        QVERIFY(badKind.err.contains(QStringLiteral("--kind")));
        Run badDue =
            cli({QStringLiteral("capture"), QStringLiteral("--person"), QString::number(qint64(jose)),
                 QStringLiteral("--kind"), QStringLiteral("met"), QStringLiteral("--follow-up"),
                 QStringLiteral("x"), QStringLiteral("--due"), QStringLiteral("someday")},
                db);
        QCOMPARE(badDue.code, 2);
        QVERIFY(badDue.err.contains(QStringLiteral("--due")));
        Run nobody = cli({QStringLiteral("capture"), QStringLiteral("--kind"), QStringLiteral("met")}, db);
        QCOMPARE(nobody.code, 2);
        Run unknown = cli({QStringLiteral("capture"), QStringLiteral("--person"), QStringLiteral("999"),
                           QStringLiteral("--kind"), QStringLiteral("met")},
                          db);
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("999")));
        QCOMPARE(unknown.err.count(QLatin1Char('\n')), 1);
    }

    void duplicatesAndMerge() {
        const QString db = m_dir.filePath(QStringLiteral("dupes.chorus"));
        const auto add = [&db](const QStringList& args) {
            Run r = cli(
                QStringList{QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--json")} + args,
                db);
            return r.json().value(QStringLiteral("id")).toInteger();
        };
        const qint64 a = add({QStringLiteral("--name"), QStringLiteral("Zoë Schröder"),
                              QStringLiteral("--org"), QStringLiteral("Acme")});
        const qint64 b =
            add({QStringLiteral("--name"), QStringLiteral("Zoe Schroder"), QStringLiteral("--org"),
                 QStringLiteral("ACME Inc."), QStringLiteral("--stance"), QStringLiteral("advocate")});
        add({QStringLiteral("--name"), QStringLiteral("Grace Hopper"), QStringLiteral("--org"),
             QStringLiteral("Acme")});
        QCOMPARE(cli({QStringLiteral("touchpoint"), QStringLiteral("add"), QStringLiteral("--person"),
                      QString::number(b), QStringLiteral("--kind"), QStringLiteral("met")},
                     db)
                     .code,
                 0);

        Run dupes = cli({QStringLiteral("duplicates"), QStringLiteral("--json")}, db);
        QCOMPARE(dupes.code, 0);
        const QJsonArray groups = dupes.json().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject g = groups.first().toObject();
        QCOMPARE(g.value(QStringLiteral("suggested_survivor")).toInteger(), b); // the one with history
        QCOMPARE(g.value(QStringLiteral("people")).toArray().size(), 2);
        const QJsonObject pair = g.value(QStringLiteral("pairs")).toArray().first().toObject();
        QVERIFY(
            pair.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("same-organisation")));
        QVERIFY(pair.value(QStringLiteral("score")).toDouble() >= 0.75);
        for (const QJsonValue& p : g.value(QStringLiteral("people")).toArray()) {
            for (const char* key : {"id", "name", "organisation", "stance"})
                QVERIFY(p.toObject().contains(QLatin1String(key)));
        }
        Run text = cli({QStringLiteral("duplicates")}, db);
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("Zoë Schröder")));

        Run preview = cli({QStringLiteral("merge"), QString::number(b), QString::number(a)}, db);
        QCOMPARE(preview.code, 2);
        QVERIFY(preview.err.contains(QStringLiteral("--yes")));
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("show"), QString::number(a)}, db).code, 0);

        Run merged =
            cli({QStringLiteral("merge"), QString::number(b), QString::number(a), QStringLiteral("--take"),
                 QStringLiteral("name,organisation"), QStringLiteral("--yes"), QStringLiteral("--json")},
                db);
        QCOMPARE(merged.code, 0);
        const QJsonObject person = merged.json().value(QStringLiteral("person")).toObject();
        QCOMPARE(person.value(QStringLiteral("name")).toString(), QStringLiteral("Zoë Schröder"));
        QCOMPARE(person.value(QStringLiteral("organisation")).toString(), QStringLiteral("Acme"));
        QCOMPARE(person.value(QStringLiteral("stance")).toString(), QStringLiteral("advocate"));
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("show"), QString::number(a)}, db).code, 1);
        Run none = cli({QStringLiteral("duplicates"), QStringLiteral("--json")}, db);
        QCOMPARE(none.json().value(QStringLiteral("groups")).toArray().size(), 0);
        Run badTake = cli({QStringLiteral("merge"), QString::number(b), QStringLiteral("3"),
                           QStringLiteral("--take"), QStringLiteral("shoe size"), QStringLiteral("--yes")},
                          db);
        QCOMPARE(badTake.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCapture)
#include "tst_cli_capture.moc"
