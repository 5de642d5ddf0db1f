// The packages CPack makes: a .deb checked with dpkg-deb (control file, contents, permissions), unpacked
// into a scratch root (no installation, no root rights) where its programs must run; and the .tar.gz.
#include "PackagingSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using packaging::runTool;
using packaging::ToolRun;

class TestDebPackage final : public QObject {
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_deb;
    QString m_tarball;
    QString m_root; // the .deb unpacked
    QString m_appId;
    QStringList m_contents; // dpkg-deb -c lines

    QString field(const QString& name) const {
        return runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name}).out.trimmed();
    }

    // Paths of the .deb, as "usr/bin/chorus", with their "dpkg-deb -c" line.
    QMap<QString, QString> debEntries() const {
        QMap<QString, QString> entries;
        for (const QString& line : m_contents) {
            const qsizetype at = line.indexOf(QStringLiteral(" ./"));
            if (at > 0 && !line.endsWith(QLatin1Char('/')))
                entries.insert(line.mid(at + 3), line);
        }
        return entries;
    }

    // Chorus's own libraries, shipped privately beside the programs.
    static QStringList privateLibraryPaths() {
        return {QStringLiteral("usr/lib/chorus/libchorus_core.so"),
                QStringLiteral("usr/lib/chorus/libchorus_ui.so")};
    }

    // What the dynamic loader makes of a binary of the unpacked package: each DT_NEEDED soname with the
    // path it loads from (the soname itself when ldd cannot resolve it).
    QMap<QString, QString> neededLibraries(const QString& binary) const {
        static const QRegularExpression needed(
            QStringLiteral(R"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])"));
        static const QRegularExpression resolved(QStringLiteral(R"(^\s*(\S+) => (/\S+))"),
                                                 QRegularExpression::MultilineOption);
        QMap<QString, QString> where;
        const QString ldd = runTool(QStringLiteral("ldd"), {binary}).out;
        for (auto it = resolved.globalMatch(ldd); it.hasNext();) {
            const auto match = it.next();
            where.insert(match.captured(1), QDir::cleanPath(match.captured(2)));
        }
        QMap<QString, QString> result;
        const QString dynamic = runTool(QStringLiteral("readelf"), {QStringLiteral("-d"), binary}).out;
        for (auto it = needed.globalMatch(dynamic); it.hasNext();) {
            const QString soname = it.next().captured(1);
            result.insert(soname, where.value(soname, soname));
        }
        return result;
    }

    // The system libraries the packaged programs and Chorus's own libraries link directly, as the paths
    // they load from; Chorus's own libraries are left out (the package ships them).
    QStringList linkedLibraries() const {
        QStringList binaries{m_root + QStringLiteral("/usr/bin/chorus"),
                             m_root + QStringLiteral("/usr/bin/chorus-cli")};
        for (const QString& library : privateLibraryPaths())
            binaries << m_root + QLatin1Char('/') + library;
        QStringList paths;
        for (const QString& binary : binaries) {
            for (const QString& path : neededLibraries(binary)) {
                if (!path.startsWith(m_root + QLatin1Char('/')))
                    paths << path;
            }
        }
        paths.removeDuplicates();
        return paths;
    }

    // The package that installed a file, trying the /usr-merged spellings of its path.
    static QString owningPackage(const QString& path) {
        QStringList candidates{path};
        if (const QString canonical = QFileInfo(path).canonicalFilePath(); !canonical.isEmpty())
            candidates << canonical;
        for (const QString& candidate : QStringList(candidates)) {
            candidates << (candidate.startsWith(QStringLiteral("/usr/"))
                               ? candidate.mid(4)
                               : QStringLiteral("/usr") + candidate);
        }
        for (const QString& candidate : candidates) {
            const ToolRun search = runTool(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), candidate});
            if (search.exitCode == 0)
                return search.out.section(QLatin1Char(':'), 0, 0).trimmed();
        }
        return {};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_scratch.isValid());
        m_appId = qEnvironmentVariable("CHORUS_APP_ID");
        const QString cpack = qEnvironmentVariable("CHORUS_CPACK");
        const QString config = packaging::buildDir() + QStringLiteral("/CPackConfig.cmake");
        QVERIFY2(QFile::exists(config), qPrintable(config));

        // Packages go to the scratch folder, not build/packages, so the test leaves the build tree alone.
        const ToolRun pack = runTool(cpack,
                                     {QStringLiteral("--config"), config, QStringLiteral("-G"),
                                      QStringLiteral("DEB;TGZ"), QStringLiteral("-B"), m_scratch.path()},
                                     {}, 280000);
        QVERIFY2(pack.exitCode == 0, qPrintable(pack.describe()));
        const QDir dir(m_scratch.path());
        const QStringList debs = dir.entryList({QStringLiteral("*.deb")}, QDir::Files);
        const QStringList tarballs = dir.entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QCOMPARE(tarballs.size(), 1);
        m_deb = dir.filePath(debs.first());
        m_tarball = dir.filePath(tarballs.first());

        const ToolRun list = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        m_contents = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);

        m_root = m_scratch.filePath(QStringLiteral("root"));
        const ToolRun extract = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.describe()));
    }

    void controlFileNamesChorus() {
        const QString arch =
            runTool(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
        QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("chorus"));
        QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(CHORUS_VERSION));
        QCOMPARE(field(QStringLiteral("Architecture")), arch);
        QCOMPARE(QFileInfo(m_deb).fileName(),
                 QStringLiteral("chorus_%1_%2.deb").arg(QStringLiteral(CHORUS_VERSION), arch));
        QVERIFY(field(QStringLiteral("Maintainer")).contains(QLatin1Char('@')));
        QVERIFY(!field(QStringLiteral("Homepage")).isEmpty());
        const QStringList description = field(QStringLiteral("Description")).split(QLatin1Char('\n'));
        QVERIFY(description.size() > 2); // a summary and a long description
        QVERIFY2(description.at(1).trimmed() != description.at(0).trimmed(), "the summary is repeated");
        for (const QString& line : description)
            QVERIFY2(line.size() < 80, qPrintable(line));
    }

    void dependsOnDebianRuntimePackages() {
        const QString depends = field(QStringLiteral("Depends"));
        QMap<QString, QString> packages; // name -> version constraint
        for (const QString& part : depends.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString clause = part.trimmed();
            const QString name = clause.section(QLatin1Char(' '), 0, 0);
            packages.insert(name, clause.mid(name.size()).trimmed());
        }
        // Worked out by dpkg-shlibdeps from the binaries, with versions...
        for (const char* linked :
             {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6sql6", "libc6", "libstdc++6"}) {
            const QString name = QString::fromLatin1(linked);
            QVERIFY2(packages.contains(name), qPrintable(name + QStringLiteral(" missing from: ") + depends));
            QVERIFY2(packages.value(name).startsWith(QStringLiteral("(>=")), qPrintable(depends));
        }
        // ...for every library the programs link (igraph's too, once they call it)...
        for (const QString& library : linkedLibraries()) {
            const QString package = owningPackage(library);
            QVERIFY2(!package.isEmpty(),
                     qPrintable(library + QStringLiteral(" belongs to no Debian package")));
            QVERIFY2(
                packages.contains(package),
                qPrintable(QStringLiteral("%1 (%2) is not in Depends: %3").arg(library, package, depends)));
        }
        // ...and what Chorus loads at run time, out of dpkg-shlibdeps's sight.
        for (const char* plugin : {"libqt6sql6-sqlite", "libsqlite3-0", "libqt6svg6"})
            QVERIFY2(packages.contains(QString::fromLatin1(plugin)), qPrintable(depends));
        // Real Debian runtime packages: installed here, and no development packages among them.
        for (const QString& name : packages.keys()) {
            QVERIFY2(!name.endsWith(QStringLiteral("-dev")), qPrintable(name));
            const ToolRun status = runTool(QStringLiteral("dpkg-query"),
                                           {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), name});
            QVERIFY2(status.out.endsWith(QStringLiteral("install ok installed")),
                     qPrintable(name + QStringLiteral(": ") + status.describe()));
        }
        const QString recommends = field(QStringLiteral("Recommends"));
        QVERIFY2(recommends.contains(QStringLiteral("qt6-qpa-plugins")) &&
                     recommends.contains(QStringLiteral("qt6-translations-l10n")),
                 qPrintable(recommends));
    }

    void containsProgramsAndDesktopIntegration() {
        const auto entries = debEntries();
        QStringList expected{
            QStringLiteral("usr/bin/chorus"),
            QStringLiteral("usr/bin/chorus-cli"),
            QStringLiteral("usr/share/applications/%1.desktop").arg(m_appId),
            QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(m_appId),
            QStringLiteral("usr/share/mime/packages/%1.xml").arg(m_appId),
            QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(m_appId),
            QStringLiteral("usr/share/man/man1/chorus-cli.1.gz"),
            QStringLiteral("usr/share/man/man1/chorus.1.gz"),
            QStringLiteral("usr/share/doc/chorus/copyright"),
        };
        expected << privateLibraryPaths();
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            expected << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(m_appId);
        for (const QString& path : expected)
            QVERIFY2(entries.contains(path), qPrintable(path + QStringLiteral(" is not in the package")));
        // Nothing else: no build tools, tests, static libraries or development symlinks.
        QCOMPARE(entries.size(), expected.size());

        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            const QString& line = it.value();
            QVERIFY2(line.contains(QStringLiteral(" root/root ")), qPrintable(line));
            const QString mode = it.key().startsWith(QStringLiteral("usr/bin/"))
                                     ? QStringLiteral("-rwxr-xr-x")
                                     : QStringLiteral("-rw-r--r--");
            QVERIFY2(line.startsWith(mode), qPrintable(line));
        }
    }

    void copyrightFileDeclaresTheLicence() {
        QFile file(m_root + QStringLiteral("/usr/share/doc/chorus/copyright"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(
            QStringLiteral("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")));
        QVERIFY(text.contains(QStringLiteral("\nLicense: GPL-3+\n")));
        QVERIFY(text.contains(QStringLiteral("/usr/share/common-licenses/GPL-3")));
    }

    // The unpacked programs load Chorus's libraries from the package (a relative RPATH), never from the
    // build tree, so the .deb and the .tar.gz work wherever they are unpacked.
    void programsLoadTheirOwnLibrariesFromThePackage() {
        const QMap<QString, QString> desktop = neededLibraries(m_root + QStringLiteral("/usr/bin/chorus"));
        QCOMPARE(desktop.value(QStringLiteral("libchorus_core.so")),
                 m_root + QStringLiteral("/usr/lib/chorus/libchorus_core.so"));
        QCOMPARE(desktop.value(QStringLiteral("libchorus_ui.so")),
                 m_root + QStringLiteral("/usr/lib/chorus/libchorus_ui.so"));
        const QMap<QString, QString> cli = neededLibraries(m_root + QStringLiteral("/usr/bin/chorus-cli"));
        QCOMPARE(cli.value(QStringLiteral("libchorus_core.so")),
                 m_root + QStringLiteral("/usr/lib/chorus/libchorus_core.so"));
        QVERIFY2(!cli.contains(QStringLiteral("libchorus_ui.so")), "chorus-cli needs no widgets");
    }

    void programsAreStripped() {
        QStringList binaries{QStringLiteral("usr/bin/chorus"), QStringLiteral("usr/bin/chorus-cli")};
        binaries << privateLibraryPaths();
        for (const QString& binary : binaries) {
            const ToolRun file = runTool(QStringLiteral("file"), {m_root + QLatin1Char('/') + binary});
            QVERIFY2(file.out.contains(QStringLiteral(", stripped")), qPrintable(file.out));
        }
    }

    void unpackedCliRuns() {
        const QString cli = m_root + QStringLiteral("/usr/bin/chorus-cli");
        const ToolRun version = runTool(cli, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("chorus-cli %1\n").arg(QStringLiteral(CHORUS_VERSION)));

        // It works on a workspace: Qt's SQLite driver and the FTS5 index are there.
        const QString workspace = m_scratch.filePath(QStringLiteral("packaged.chorus"));
        const ToolRun add =
            runTool(cli, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Grace Hopper"), QStringLiteral("--db"), workspace});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        const ToolRun search = runTool(cli, {QStringLiteral("search"), QStringLiteral("hopper"),
                                             QStringLiteral("--db"), workspace, QStringLiteral("--json")});
        QVERIFY2(search.exitCode == 0 && search.out.contains(QStringLiteral("Grace Hopper")),
                 qPrintable(search.describe()));
    }

    void unpackedDesktopProgramAnswersWithoutDisplay() {
        const ToolRun version =
            runTool(m_root + QStringLiteral("/usr/bin/chorus"), {QStringLiteral("--version")},
                    {QStringLiteral("DISPLAY="), QStringLiteral("WAYLAND_DISPLAY="),
                     QStringLiteral("QT_QPA_PLATFORM=")});
        QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
        QCOMPARE(version.out, QStringLiteral("chorus %1\n").arg(QStringLiteral(CHORUS_VERSION)));
    }

    void unpackedTreeValidatesAsAWhole() {
        // appstreamcli checks the metainfo against the .desktop entry and the icons next to it.
        const ToolRun run = runTool(QStringLiteral("appstreamcli"),
                                    {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                                     QStringLiteral("--no-color"), m_root});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        static const QRegularExpression warningOrError(QStringLiteral(R"(^[WE]: )"),
                                                       QRegularExpression::MultilineOption);
        QVERIFY2(!warningOrError.match(run.out).hasMatch(), qPrintable(run.describe()));
    }

    void tarballHoldsTheSameFiles() {
        const ToolRun list = runTool(QStringLiteral("tar"), {QStringLiteral("-tzf"), m_tarball});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QStringList inTarball;
        for (const QString& path : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!path.endsWith(QLatin1Char('/')))
                inTarball << path.section(QLatin1Char('/'), 1); // without the top folder
        }
        QStringList inDeb;
        for (const QString& path : debEntries().keys())
            inDeb << path.mid(4); // without usr/
        inTarball.sort();
        inDeb.sort();
        QCOMPARE(inTarball, inDeb);
        QVERIFY(QFileInfo(m_tarball).fileName().startsWith(
            QStringLiteral("chorus-%1-").arg(QStringLiteral(CHORUS_VERSION))));
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
