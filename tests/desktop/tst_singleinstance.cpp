#include "SingleInstance.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace chorus::desktop;

class TestSingleInstance : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    // The built chorus, offscreen, with its settings and data kept in the temporary home.
    QProcess* launch(const QString& workspace) {
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("CHORUS_DESKTOP"), {workspace});
        return process;
    }
    // Waits until a Chorus answers for the workspace (each answer brings it forward, which is harmless).
    static bool answers(const QString& workspace) {
        return QTest::qWaitFor([&] { return SingleInstance::forwardToRunning(workspace, 500); }, 30000);
    }

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("CHORUS_DESKTOP"), "CHORUS_DESKTOP names the built chorus");
        // The client side of these tests computes socket names from the same home as the launched programs.
        qputenv("HOME", m_home.path().toUtf8());
    }

    void theHolderIsAskedToComeForward() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("work.chorus"));
        SingleInstance holder;
        QVERIFY2(holder.claim(path), qPrintable(holder.errorString()));
        QSignalSpy activated(&holder, &SingleInstance::activationRequested);

        // Another spelling of the same file is the same workspace; the ask comes from another thread here
        // (in real use, from another process) so that this thread can answer.
        const QString sameFile = dir.path() + QStringLiteral("/./sub/../work.chorus");
        QCOMPARE(SingleInstance::serverName(sameFile), SingleInstance::serverName(path));
        QFuture<bool> asked =
            QtConcurrent::run([sameFile] { return SingleInstance::forwardToRunning(sameFile); });
        QTRY_VERIFY(asked.isFinished());
        QVERIFY(asked.result());
        QCOMPARE(activated.count(), 1);

        // A different workspace has nobody holding it.
        const QString other = dir.filePath(QStringLiteral("other.chorus"));
        QVERIFY(SingleInstance::serverName(other) != SingleInstance::serverName(path));
        QFuture<bool> otherAsked =
            QtConcurrent::run([other] { return SingleInstance::forwardToRunning(other); });
        QTRY_VERIFY(otherAsked.isFinished());
        QVERIFY(!otherAsked.result());
        QCOMPARE(activated.count(), 1);
    }

    void secondLaunchFocusesTheFirstAndExits_killedOneIsTakenOver() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.chorus"));
        QProcess* first = launch(path);
        QVERIFY(first->waitForStarted());
        QVERIFY2(answers(path), qPrintable(QString::fromUtf8(first->readAllStandardError())));

        QProcess* second = launch(path);
        QVERIFY(second->waitForFinished(30000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(QString::fromUtf8(second->readAllStandardOutput()).contains(QStringLiteral("already open")),
                 "the second launch says why it stopped");
        QCOMPARE(first->state(), QProcess::Running);

        // Another workspace opens alongside.
        const QString other = dir.filePath(QStringLiteral("other.chorus"));
        QProcess* third = launch(other);
        QVERIFY(answers(other));
        QCOMPARE(third->state(), QProcess::Running);
        third->kill();
        QVERIFY(third->waitForFinished(10000));

        // Killed without cleaning up: its socket is left behind, and the next launch takes it over.
        first->kill();
        QVERIFY(first->waitForFinished(10000));
        QVERIFY(!SingleInstance::forwardToRunning(path, 500));
        QProcess* again = launch(path);
        QVERIFY(again->waitForStarted());
        QVERIFY(answers(path));
        QCOMPARE(again->state(), QProcess::Running);
        again->kill();
        QVERIFY(again->waitForFinished(10000));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
