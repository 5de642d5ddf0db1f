#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>


using namespace chorus;

// Kills chorus-cli with SIGKILL at random moments while it generates or imports, then checks that the workspace opens,
// passes integrity_check, and holds either all of the work or none of it.
class TestCrash : public QObject {
    Q_OBJECT

    static int rounds() {
        return qEnvironmentVariableIntValue("CHORUS_CRASH_ROUNDS") > 0
                   ? qEnvironmentVariableIntValue("CHORUS_CRASH_ROUNDS")
                   : 50;
    }

    static qint64 runToCompletion(const QStringList& args) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(qEnvironmentVariable("CHORUS_CLI"), args);
        if (!p.waitForFinished(300000) || p.exitCode() != 0)
            qFatal("reference run failed: %s", p.readAllStandardError().constData());
        return t.elapsed();
    }

    struct Outcome {
        QString integrity;
        qint64 people = -1;
    };

    static Outcome inspect(const QString& path) {
        Outcome o;
        if (!QFileInfo::exists(path)) {
            o.integrity = QStringLiteral("ok");
            o.people = 0;
            return o;
        }
        auto ws = Workspace::open(path, {});
        if (!ws) {
            o.integrity = ws.error().message;
            return o;
        }
        o.integrity = (*ws)->info().integrityCheck().valueOr(QStringLiteral("check failed"));
        o.people = (*ws)->people().count(true).valueOr(-1);
        return o;
    }

    // A LinkedIn-style export of `rows` distinct people (distinct names, emails and organisations).
    static void writeCsv(const QString& path, int rows) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QByteArray text = "First Name,Last Name,Email Address,Company,Position\n";
        for (int i = 0; i < rows; ++i) {
            // Base-26 letters keep every name far from every other under the duplicate matcher.
            QByteArray tag;
            for (int n = i + 26 * 26; n > 0; n /= 26)
                tag.prepend(char('a' + n % 26));
            QByteArray reversed = tag;
            std::reverse(reversed.begin(), reversed.end());
            text += tag + ",Q" + reversed + ",person" + QByteArray::number(i) + "@example.org,Org " + tag +
                    ",Engineer\n";
        }
        file.write(text);
    }

private slots:
    void killDuringGeneration() {
        constexpr int people = 1000;
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("reference.chorus"));
        const qint64 fullMs = runToCompletion({QStringLiteral("generate"), QStringLiteral("--people"),
                                               QString::number(people), QStringLiteral("--db"), reference});
        QRandomGenerator random(20261125);
        int complete = 0, empty = 0;
        for (int round = 0; round < rounds(); ++round) {
            const QString path = dir.filePath(QStringLiteral("round-%1.chorus").arg(round));
            QProcess p;
            p.start(qEnvironmentVariable("CHORUS_CLI"),
                    {QStringLiteral("generate"), QStringLiteral("--people"), QString::number(people),
                     QStringLiteral("--db"), path});
            QVERIFY(p.waitForStarted());
            // Anywhere from opening the file to just after the commit.
            QTest::qWait(int(random.bounded(quint32(fullMs * 12 / 10 + 1))));
            // QProcess::kill() is SIGKILL on Unix and does nothing once the child has exited; a raw
            // ::kill(processId()) would get pid 0 then and kill the whole process group (ctest included).
            p.kill();
            p.waitForFinished();
            const Outcome o = inspect(path);
            QVERIFY2(o.integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(o.integrity)));
            QVERIFY2(
                o.people == 0 || o.people == people,
                qPrintable(
                    QStringLiteral("round %1: %2 people, expected none or all").arg(round).arg(o.people)));
            (o.people == people ? complete : empty)++;
        }
        qInfo("generation killed %d times: %d complete, %d empty, none partial", rounds(), complete, empty);
    }

    void killDuringImport() {
        constexpr int rows = 10000;
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        writeCsv(csv, rows);
        const QString base = dir.filePath(QStringLiteral("base.chorus"));
        runToCompletion({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Ada Lovelace"), QStringLiteral("--db"), base});
        const qint64 before = inspect(base).people;
        const QString reference = dir.filePath(QStringLiteral("reference.chorus"));
        QVERIFY(QFile::copy(base, reference));
        const qint64 fullMs =
            runToCompletion({QStringLiteral("import"), QStringLiteral("csv"), csv, QStringLiteral("--db"), reference});
        const qint64 after = inspect(reference).people;
        QCOMPARE(after, before + rows);
        QRandomGenerator random(20261207);
        int complete = 0, absent = 0;
        for (int round = 0; round < rounds(); ++round) {
            const QString path = dir.filePath(QStringLiteral("import-%1.chorus").arg(round));
            QVERIFY(QFile::copy(base, path));
            QProcess p;
            p.start(qEnvironmentVariable("CHORUS_CLI"),
                    {QStringLiteral("import"), QStringLiteral("csv"), csv, QStringLiteral("--db"), path});
            QVERIFY(p.waitForStarted());
            QTest::qWait(int(random.bounded(quint32(fullMs * 12 / 10 + 1))));
            p.kill(); // SIGKILL; a no-op when the import already finished
            p.waitForFinished();
            const Outcome o = inspect(path);
            QVERIFY2(o.integrity == QLatin1String("ok"),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(o.integrity)));
            QVERIFY2(o.people == before || o.people == after,
                     qPrintable(QStringLiteral("round %1: %2 people, expected %3 or %4")
                                    .arg(round)
                                    .arg(o.people)
                                    .arg(before)
                                    .arg(after)));
            (o.people == after ? complete : absent)++;
        }
        qInfo("import of %d rows killed %d times: %d complete, %d absent, none partial", rows, rounds(), complete,
              absent);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
