#include "support/ContentDigest.h"
#include "support/TempWorkspace.h"

#include "backup/BackupService.h"
#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace chorus;

namespace {
int mode(const QString& path) {
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}
} // namespace

class TestBackups : public QObject {
    Q_OBJECT

private slots:
    void backupsArePrivateVerifiedAndListed() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Ada"));
        BackupService backups(tw.ws());
        auto made = backups.create(QStringLiteral("manual"));
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        QCOMPARE(made->reason, QStringLiteral("manual"));
        QCOMPARE(made->createdAt, tw.clock().now());
        QCOMPARE(mode(made->path), 0600);
        QCOMPARE(mode(QFileInfo(made->path).absolutePath()), 0700);
        QCOMPARE(*backupfiles::integrity(made->path), QStringLiteral("ok"));
        auto described = backups.describe();
        QCOMPARE(described->size(), 1);
        QCOMPARE(described->first().counts.value(QStringLiteral("people")), 1);
    }

    void dailyBackupOncePerDayAndPruned() {
        test::TempWorkspace tw;
        BackupService backups(tw.ws());
        QVERIFY(backups.setKeepDays(3));
        QVERIFY(backups.createDailyIfDue()->has_value());
        QVERIFY(!backups.createDailyIfDue()->has_value());
        for (int day = 1; day <= 6; ++day) {
            tw.clock().set(test::TempWorkspace::defaultNow().addDays(day));
            QVERIFY(backups.createDailyIfDue()->has_value());
        }
        // Kept: the ones from the last three days (and the newest always).
        const auto left = backups.list();
        QCOMPARE(left.size(), 4);
        for (const auto& f : left)
            QVERIFY(f.createdAt >= tw.clock().now().addDays(-3));
    }

    void upgradeKeepsABackupOfTheOldFormat() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.chorus"));
        {
            Database::Options options;
            options.create = true;
            options.targetVersion = 1;
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
            QVERIFY(sql::exec(**db, QStringLiteral("INSERT INTO people (name, created_at, updated_at) "
                                                   "VALUES ('Grace', 0, 0)")));
        }
        QVERIFY(backupfiles::list(path).isEmpty());
        auto ws = Workspace::open(path, {});
        QVERIFY(ws.ok());
        const auto files = backupfiles::list(path);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().reason, QStringLiteral("migration"));
        Database::Options readOnly;
        readOnly.readOnly = true;
        readOnly.migrate = false;
        auto old = Database::open(files.first().path, readOnly);
        QVERIFY(!old); // format 1 needs an upgrade: it is the old file, untouched
        QVERIFY(old.error().message.contains(QStringLiteral("format 1")));
    }

    void restoreReplacesTheFileAndKeepsWhatItReplaced() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Before"));
        BackupService backups(tw.ws());
        const auto made = backups.create(QStringLiteral("manual"));
        QVERIFY(made.ok());
        tw.clock().set(tw.clock().now().addSecs(5));
        tw.addPerson(QStringLiteral("After"));
        tw.close();

        QVERIFY(BackupService::restore(made->path, tw.path()));
        QVERIFY(!QFileInfo::exists(tw.path() + QStringLiteral("-wal")));
        QCOMPARE(mode(tw.path()), 0600);
        tw.reopen();
        QCOMPARE(*tw->people().count(), 1);
        QCOMPARE(tw->people().complete(QStringLiteral("Before"), 5)->size(), 1);

        const auto all = backupfiles::list(tw.path());
        auto pre = std::find_if(all.begin(), all.end(),
                                [](const BackupFile& f) { return f.reason == QLatin1String("pre-restore"); });
        QVERIFY(pre != all.end());
        FixedClock clock(tw.clock().now());
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto kept = Workspace::open(pre->path, readOnly, &clock);
        QVERIFY(kept.ok());
        QCOMPARE(*(*kept)->people().count(), 2);
    }

    void aDamagedBackupIsNeverRestored() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Keep me"));
        BackupService backups(tw.ws());
        const auto made = backups.create(QStringLiteral("manual"));
        QVERIFY(made.ok());
        tw.close();
        {
            QFile f(made->path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write(QByteArray(8192, '\xA5'));
        }
        const QByteArray before = test::contentDigest(tw.path());
        auto st = BackupService::restore(made->path, tw.path());
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QStringLiteral("not restored")) ||
                st.error().message.contains(QStringLiteral("cannot be")));
        QCOMPARE(test::contentDigest(tw.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
