#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>


using namespace chorus;

// Kills chorus-cli with SIGKILL at random moments while it writes, then checks that the workspace opens,
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
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
