// The desktop program's command line: chorus [--version] [--help] [WORKSPACE].
#include "CommandLine.h"
#include "DesktopIdentity.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QIcon>
#include <QProcess>
#include <QTest>

using chorus::desktop::CommandLine;
using chorus::desktop::DesktopIdentity;
using chorus::desktop::Translations;

class TestCommandLine final : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs the built chorus with no display at all: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
    static Run runWithoutDisplay(const QStringList& arguments,
                                 const QString& language = QStringLiteral("C.UTF-8")) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), language);
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("CHORUS_DESKTOP"), arguments);
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("CHORUS_DESKTOP"), "CHORUS_DESKTOP names the built chorus");
    }

    void noArgumentsOpensTheDefaultWorkspace() {
        const CommandLine line = CommandLine::parse({QStringLiteral("chorus")});
        QVERIFY(!line.shouldExit());
        QVERIFY(line.workspacePath().isEmpty());
    }

    void oneArgumentNamesTheWorkspace() {
        const CommandLine line =
            CommandLine::parse({QStringLiteral("chorus"), QStringLiteral("/tmp/team.chorus")});
        QVERIFY(!line.shouldExit());
        QCOMPARE(line.workspacePath(), QStringLiteral("/tmp/team.chorus"));
    }

    void aFileNamedLikeAnOptionAfterDoubleDash() {
        const CommandLine line =
            CommandLine::parse({QStringLiteral("chorus"), QStringLiteral("--"), QStringLiteral("--help")});
        QVERIFY(!line.shouldExit());
        QCOMPARE(line.workspacePath(), QStringLiteral("--help"));
    }

    void versionNamesProgramAndVersion_data() {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }
    void versionNamesProgramAndVersion() {
        QFETCH(QString, option);
        const CommandLine line = CommandLine::parse({QStringLiteral("/usr/bin/chorus"), option});
        QVERIFY(line.shouldExit());
        QVERIFY(!line.isError());
        QCOMPARE(line.exitCode(), 0);
        QCOMPARE(line.message(), QStringLiteral("chorus %1\n").arg(QStringLiteral(CHORUS_VERSION)));
    }

    void helpDescribesUsageAndWorkspace() {
        const CommandLine line =
            CommandLine::parse({QStringLiteral("/usr/bin/chorus"), QStringLiteral("--help")});
        QVERIFY(line.shouldExit());
        QCOMPARE(line.exitCode(), 0);
        QVERIFY2(line.message().startsWith(QStringLiteral("Usage: chorus [options] [WORKSPACE]")),
                 qPrintable(line.message()));
        QVERIFY(line.message().contains(QStringLiteral("--version")));
        QVERIFY(line.message().contains(QStringLiteral("WORKSPACE")));
        QVERIFY(line.message().contains(QStringLiteral("chorus-cli")));
    }

    void helpWinsOverOtherMistakes() {
        const CommandLine line = CommandLine::parse(
            {QStringLiteral("chorus"), QStringLiteral("--frobnicate"), QStringLiteral("-h")});
        QCOMPARE(line.exitCode(), 0);
        QVERIFY(line.message().startsWith(QStringLiteral("Usage: chorus")));
    }

    void unknownOptionIsBadUsage() {
        const CommandLine line =
            CommandLine::parse({QStringLiteral("chorus"), QStringLiteral("--frobnicate")});
        QVERIFY(line.shouldExit());
        QVERIFY(line.isError());
        QCOMPARE(line.exitCode(), 2);
        QVERIFY2(line.message().contains(QStringLiteral("frobnicate")), qPrintable(line.message()));
        QCOMPARE(line.message().count(QLatin1Char('\n')), 1);
    }

    void twoWorkspacesAreBadUsage() {
        const CommandLine line = CommandLine::parse(
            {QStringLiteral("chorus"), QStringLiteral("a.chorus"), QStringLiteral("b.chorus")});
        QVERIFY(line.isError());
        QCOMPARE(line.exitCode(), 2);
        QVERIFY2(line.message().contains(QStringLiteral("one workspace")), qPrintable(line.message()));
    }

    void versionWorksWithoutADisplay() {
        const Run run = runWithoutDisplay({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("chorus %1\n").arg(QStringLiteral(CHORUS_VERSION)));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void helpWorksWithoutADisplay() {
        const Run run = runWithoutDisplay({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: chorus [options] [WORKSPACE]")),
                 qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void helpFollowsTheUserLanguage() {
        const Run english = runWithoutDisplay({QStringLiteral("--help")}, QStringLiteral("en_GB.UTF-8"));
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains(QStringLiteral("Show this help and exit.")), qPrintable(english.out));
        const Run german = runWithoutDisplay({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(QStringLiteral("Diese Hilfe anzeigen und beenden.")),
                 qPrintable(german.out));
        QVERIFY2(german.out.contains(QStringLiteral("Standard-Arbeitsbereich")), qPrintable(german.out));
    }

    void translationsAreEmbeddedAndChosenByLocale() {
        QVERIFY2(Translations::available().contains(QStringLiteral("de")),
                 qPrintable(Translations::available().join(QLatin1Char(','))));
        int argc = 1;
        char name[] = "chorus";
        char* argv[] = {name, nullptr};
        {
            QCoreApplication app(argc, argv);
            QCOMPARE(Translations::install(app, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                     QStringList());
            QCOMPARE(QCoreApplication::translate("CommandLine", "Show this help and exit."),
                     QStringLiteral("Show this help and exit."));
        }
        {
            QCoreApplication app(argc, argv);
            const QStringList loaded = Translations::install(app, QLocale(QLocale::German, QLocale::Austria));
            QVERIFY2(loaded.contains(QStringLiteral("chorus_de")), qPrintable(loaded.join(QLatin1Char(','))));
            QCOMPARE(QCoreApplication::translate("CommandLine", "Show this help and exit."),
                     QStringLiteral("Diese Hilfe anzeigen und beenden."));
        }
    }

    void badUsageExitsWithTwo() {
        QProcess process;
        process.start(
            qEnvironmentVariable("CHORUS_DESKTOP"),
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--frobnicate")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("frobnicate")), qPrintable(err));
        // Qt's own -platform option was taken by QApplication, not reported as unknown.
        QVERIFY2(!err.contains(QStringLiteral("platform")), qPrintable(err));
    }

    void identityNamesTheDesktopEntryAndIcon() {
        int argc = 1;
        char name[] = "chorus";
        char* argv[] = {name, nullptr};
        QGuiApplication app(argc, argv);
        DesktopIdentity::apply();
        QCOMPARE(QGuiApplication::applicationName(), QStringLiteral("Chorus"));
        QCOMPARE(QGuiApplication::applicationVersion(), QStringLiteral(CHORUS_VERSION));
        QCOMPARE(QGuiApplication::desktopFileName(), DesktopIdentity::applicationId());
        QVERIFY(DesktopIdentity::applicationId().endsWith(QStringLiteral(".Chorus")));
        // The embedded master renders crisp at any size, including 200% scaling.
        const QIcon icon = QGuiApplication::windowIcon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 64, 256}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.width(), size);
            QVERIFY2(image.pixelColor(size / 2, size * 9 / 16).alpha() == 255,
                     qPrintable(QStringLiteral("the %1 px icon is empty in its middle").arg(size)));
        }
    }
};

QTEST_APPLESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
