// What the build installs for the desktop: the .desktop entry, AppStream metainfo, the workspace MIME
// type, the icons and the manual pages, checked with the tools distributions check them with.
#include "PackagingSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>
#include <QXmlStreamReader>

using packaging::runTool;
using packaging::ToolRun;

namespace {

const QString WorkspaceType = QStringLiteral("application/x-chorus-workspace");

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Sections of a roff page: ".SS name" heading -> the lines up to the next .SS or .SH.
QMap<QString, QString> manSections(const QString& roff) {
    QMap<QString, QString> sections;
    QString current;
    for (const QString& line : roff.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SS "))) {
            current = line.mid(4).remove(QLatin1Char('"')).trimmed();
            sections.insert(current, QString());
        } else if (line.startsWith(QLatin1String(".SH "))) {
            current.clear();
        } else if (!current.isEmpty()) {
            sections[current] += line + QLatin1Char('\n');
        }
    }
    return sections;
}

} // namespace

class TestDesktopIntegration final : public QObject {
    Q_OBJECT

    QString m_dir;   // build/packaging
    QString m_appId; // invalid.chorus.Chorus
    QString m_cli;
    QTemporaryDir m_scratch;

    QString path(const QString& name) const { return m_dir + QLatin1Char('/') + name; }

    QMap<QString, QString> desktopEntry() const {
        QMap<QString, QString> keys;
        bool inEntry = false;
        for (const QString& line :
             readText(path(m_appId + QStringLiteral(".desktop"))).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('[')))
                inEntry = line == QLatin1String("[Desktop Entry]");
            else if (inEntry && line.contains(QLatin1Char('=')))
                keys.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        }
        return keys;
    }

private slots:
    void initTestCase() {
        QVERIFY2(!packaging::buildDir().isEmpty(), "CHORUS_BUILD_DIR names the build tree");
        m_dir = packaging::buildDir() + QStringLiteral("/packaging");
        m_appId = qEnvironmentVariable("CHORUS_APP_ID");
        m_cli = qEnvironmentVariable("CHORUS_CLI");
        QVERIFY(!m_appId.isEmpty());
        QVERIFY(QFile::exists(m_cli));
        QVERIFY(m_scratch.isValid());

        // A private MIME database as installing the package makes one: Chorus's type next to the system's
        // in one folder, merged by update-mime-database. Set before anything here asks QMimeDatabase.
        const QString mimeDir = m_scratch.filePath(QStringLiteral("share/mime"));
        QVERIFY(QDir().mkpath(mimeDir + QStringLiteral("/packages")));
        QVERIFY(QDir().mkpath(m_scratch.filePath(QStringLiteral("home"))));
        const QDir systemPackages(QStringLiteral("/usr/share/mime/packages"));
        for (const QString& name : systemPackages.entryList({QStringLiteral("*.xml")}, QDir::Files))
            QVERIFY(
                QFile::copy(systemPackages.filePath(name), mimeDir + QStringLiteral("/packages/") + name));
        QVERIFY(QFile::copy(path(m_appId + QStringLiteral(".xml")),
                            mimeDir + QStringLiteral("/packages/") + m_appId + QStringLiteral(".xml")));
        const ToolRun update = runTool(QStringLiteral("update-mime-database"), {mimeDir});
        QVERIFY2(update.exitCode == 0, qPrintable(update.describe()));
        qputenv("XDG_DATA_DIRS", m_scratch.filePath(QStringLiteral("share")).toUtf8());
        qputenv("XDG_DATA_HOME", m_scratch.filePath(QStringLiteral("home")).toUtf8());
    }

    // --- .desktop entry

    void desktopEntryValidates() {
        const ToolRun run =
            runTool(QStringLiteral("desktop-file-validate"), {path(m_appId + QStringLiteral(".desktop"))});
        QVERIFY2(run.started, qPrintable(run.err));
        // Errors fail; warnings and hints only print: both count here.
        QVERIFY2(run.exitCode == 0 && run.out.isEmpty() && run.err.isEmpty(), qPrintable(run.describe()));
    }

    void desktopEntryOpensWorkspacesInChorus() {
        const auto entry = desktopEntry();
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Chorus"));
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("chorus %f"));
        QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral("chorus"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), m_appId);
        QVERIFY(entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';')).contains(WorkspaceType));
        QCOMPARE(entry.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    }

    // --- AppStream metainfo

    void metainfoValidates() {
        const ToolRun run =
            runTool(QStringLiteral("appstreamcli"),
                    {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
                     path(m_appId + QStringLiteral(".metainfo.xml"))});
        QVERIFY2(run.started, qPrintable(run.err));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        static const QRegularExpression warningOrError(QStringLiteral(R"(^[WE]: )"),
                                                       QRegularExpression::MultilineOption);
        QVERIFY2(!warningOrError.match(run.out).hasMatch(), qPrintable(run.describe()));
    }

    void metainfoDescribesThisBuild() {
        QFile file(path(m_appId + QStringLiteral(".metainfo.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id, launchable, projectLicense;
        QStringList binaries, mediaTypes, releaseVersions, releaseDates, screenshots;
        bool defaultScreenshot = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("release")) {
                releaseVersions << xml.attributes().value(QStringLiteral("version")).toString();
                releaseDates << xml.attributes().value(QStringLiteral("date")).toString();
            } else if (name == QLatin1String("screenshot")) {
                defaultScreenshot |=
                    xml.attributes().value(QStringLiteral("type")) == QLatin1String("default");
            } else if (name == QLatin1String("id")) {
                id = xml.readElementText();
            } else if (name == QLatin1String("project_license")) {
                projectLicense = xml.readElementText();
            } else if (name == QLatin1String("launchable")) {
                launchable = xml.readElementText();
            } else if (name == QLatin1String("binary")) {
                binaries << xml.readElementText();
            } else if (name == QLatin1String("mediatype")) {
                mediaTypes << xml.readElementText();
            } else if (name == QLatin1String("image")) {
                screenshots << xml.readElementText();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, m_appId);
        QCOMPARE(launchable, m_appId + QStringLiteral(".desktop"));
        QCOMPARE(projectLicense, QStringLiteral("GPL-3.0-or-later"));
        QCOMPARE(binaries, (QStringList{QStringLiteral("chorus"), QStringLiteral("chorus-cli")}));
        QCOMPARE(mediaTypes, QStringList{WorkspaceType});
        QVERIFY(defaultScreenshot);
        QVERIFY(screenshots.size() >= 2);

        // The newest release is this version: bumping project(VERSION) needs release notes.
        QVERIFY(!releaseVersions.isEmpty());
        QVERIFY2(
            releaseVersions.first() == QStringLiteral(CHORUS_VERSION),
            qPrintable(QStringLiteral("the newest release in packaging/chorus.metainfo.xml.in is %1, the "
                                      "project is %2: add a <release> for it")
                           .arg(releaseVersions.first(), QStringLiteral(CHORUS_VERSION))));
        for (qsizetype i = 1; i < releaseVersions.size(); ++i) {
            QVERIFY(QVersionNumber::fromString(releaseVersions.at(i - 1)) >
                    QVersionNumber::fromString(releaseVersions.at(i)));
            QVERIFY(releaseDates.at(i - 1) >= releaseDates.at(i));
        }
    }

    // --- Workspace MIME type

    void workspaceHeaderCarriesTheApplicationId() {
        const QString workspace = m_scratch.filePath(QStringLiteral("team.chorus"));
        const ToolRun add =
            runTool(m_cli, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("Ada"), QStringLiteral("--db"), workspace});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QVERIFY(header.startsWith("SQLite format 3"));
        QCOMPARE(header.mid(68, 4), QByteArray("CHOR"));
    }

    void mimeTypeRecognisesWorkspaces() {
        const QString workspace = m_scratch.filePath(QStringLiteral("team.chorus"));
        QVERIFY(QFile::exists(workspace)); // made by the test before
        QMimeDatabase mime;
        const QMimeType byName = mime.mimeTypeForFile(workspace);
        QCOMPARE(byName.name(), WorkspaceType);
        QVERIFY(byName.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(byName.comment(), QStringLiteral("Chorus workspace"));

        // Renamed without its suffix, a workspace is still known by its content.
        const QString renamed = m_scratch.filePath(QStringLiteral("team-backup"));
        QVERIFY(QFile::copy(workspace, renamed));
        QCOMPARE(mime.mimeTypeForFile(renamed).name(), WorkspaceType);
        QCOMPARE(mime.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), WorkspaceType);
    }

    void otherSqliteFilesAreNotWorkspaces() {
        const QString other = m_scratch.filePath(QStringLiteral("other"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QMimeDatabase mime;
        QCOMPARE(mime.mimeTypeForFile(other).name(), QStringLiteral("application/vnd.sqlite3"));
    }

    // --- Icons

    void iconMasterIsValidSvg() {
        QSvgRenderer master(QStringLiteral(CHORUS_SOURCE_ICON));
        QVERIFY(master.isValid());
        QCOMPARE(master.viewBoxF().width(), master.viewBoxF().height());
    }

    void iconsRenderedAtEveryHicolorSize_data() {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dpx", size) << size;
    }
    void iconsRenderedAtEveryHicolorSize() {
        QFETCH(int, size);
        const QString file = path(QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(m_appId));
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        // A mark on a transparent ground: neither blank nor a filled square.
        int opaque = 0;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                opaque += image.pixelColor(x, y).alpha() > 128 ? 1 : 0;
        const double cover = double(opaque) / (size * size);
        QVERIFY2(cover > 0.35 && cover < 0.85, qPrintable(QStringLiteral("%1 covered").arg(cover)));
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }

    // --- Manual pages

    void manPagesRenderWithoutWarnings_data() {
        QTest::addColumn<QString>("page");
        QTest::newRow("chorus-cli") << QStringLiteral("chorus-cli.1");
        QTest::newRow("chorus") << QStringLiteral("chorus.1");
    }
    void manPagesRenderWithoutWarnings() {
        QFETCH(QString, page);
        const ToolRun run =
            runTool(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                                              QStringLiteral("-ww"), QStringLiteral("-z"), path(page)});
        QVERIFY2(run.started, qPrintable(run.err));
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        QVERIFY(QFile::exists(path(QStringLiteral("man1/") + page + QStringLiteral(".gz"))));
    }

    void manPageDescribesEveryCommandAndOption() {
        const ToolRun help = runTool(m_cli, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList commands = packaging::cliCommands(help.out);
        QVERIFY(commands.contains(QStringLiteral("person add")));
        const auto sections = manSections(readText(path(QStringLiteral("chorus-cli.1"))));
        static const QString notYet = QStringLiteral("Not available in this version");

        for (const QString& command : commands) {
            QString heading;
            for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
                if (command == it.key() || command.startsWith(it.key() + QLatin1Char(' ')))
                    heading = it.key();
            }
            QVERIFY2(
                !heading.isEmpty(),
                qPrintable(QStringLiteral("chorus-cli has '%1' but its manual page does not: add a section "
                                          "with a '.\\\" command: %1 :: ...' line to "
                                          "packaging/man/chorus-cli.1.in")
                               .arg(command)));
            const QString text = sections.value(heading);
            QVERIFY2(!text.contains(notYet),
                     qPrintable(QStringLiteral("'%1' is called missing").arg(command)));

            QStringList words = command.split(QLatin1Char(' '));
            const ToolRun commandHelp = runTool(m_cli, words << QStringLiteral("--help"));
            QCOMPARE(commandHelp.exitCode, 0);
            for (QString option : packaging::cliOptions(commandHelp.out)) {
                if (option == QLatin1String("--db") || option == QLatin1String("--help"))
                    continue; // described once, under COMMON OPTIONS
                const QString roff =
                    QStringLiteral("\\fB") + option.replace(QLatin1Char('-'), QStringLiteral("\\-"));
                QVERIFY2(text.contains(roff),
                         qPrintable(
                             QStringLiteral("'%1 %2' is missing from the manual page").arg(command, option)));
            }
        }
        // And what the page calls missing is indeed missing.
        for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
            if (it.value().contains(notYet))
                QVERIFY2(!commands.contains(it.key()), qPrintable(it.key()));
        }
        QVERIFY2(sections.contains(QStringLiteral("map render")) &&
                     sections.contains(QStringLiteral("backup")),
                 "the page covers the whole command-line contract, also what is still to come");
    }
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
