#include "support/TempWorkspace.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace chorus;

namespace {
QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int mode(const QString& path) {
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}

QVariant pragma(Database& db, const QString& name) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + name);
    q.next();
    return q.value(0);
}
} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void newWorkspaceIsPrivateWhateverTheUmask() {
        const mode_t old = ::umask(0);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("nested/Chorus"));
        const QString path = folder + QStringLiteral("/w.chorus");
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, options);
        ::umask(old);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
    }

    void connectionHasTheDurablePragmas() {
        test::TempWorkspace tw;
        Database& db = tw->database();
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QVERIFY(pragma(db, QStringLiteral("busy_timeout")).toInt() >= 1000);
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::latestSchemaVersion());
    }

    void missingFileIsNotCreatedUnlessAsked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.chorus"));
        auto db = Database::open(path, {});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(path));
    }

    void foreignFileIsRefusedAndLeftAlone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, {});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Damaged);
        QVERIFY(db.error().message.contains(QStringLiteral("not an SQLite database")));
        QCOMPARE(fileHash(path), before);
    }

    void newerSchemaIsRefusedAndNotModified() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.chorus"));
        {
            Database::Options options;
            options.create = true;
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, {});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NewerSchema);
        QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(fileHash(path), before);
    }

    void versionOneFileIsUpgradedAndIndexed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.chorus"));
        {
            Database::Options options;
            options.create = true;
            options.targetVersion = 1;
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), 1);
            QVERIFY(sql::exec(
                **db, QStringLiteral("INSERT INTO people (name, organisation, created_at, updated_at) "
                                     "VALUES ('Grace Hopper', 'Navy', 0, 0)")));
            QVERIFY(
                sql::exec(**db, QStringLiteral("INSERT INTO notes (person_id, body, created_at, updated_at) "
                                               "VALUES (1, 'compiler pioneer', 0, 0)")));
        }
        FixedClock clock(test::TempWorkspace::defaultNow());
        auto ws = Workspace::open(path, {}, &clock);
        QVERIFY2(ws.ok(), ws ? "" : qPrintable(ws.error().message));
        QCOMPARE((*ws)->database().schemaVersion(), Database::latestSchemaVersion());
        auto hits = (*ws)->search().search(QStringLiteral("compiler"), 10);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().personId, Id(1));
        auto people = (*ws)->search().search(QStringLiteral("hopper"), 10);
        QCOMPARE(people->size(), 1);
    }

    // A Rows keeps a pointer to its cached statement; caching many new statements meanwhile must not move it.
    void openRowsSurviveNewCachedStatements() {
        test::TempWorkspace tw;
        for (int i = 0; i < 3; ++i)
            tw.addPerson(QStringLiteral("Person %1").arg(i));
        auto rows = sql::select(tw->database(), QStringLiteral("SELECT name FROM people ORDER BY id"));
        QVERIFY(rows);
        QVERIFY(rows->next());
        for (int i = 0; i < 500; ++i)
            QVERIFY(sql::scalar(tw->database(), QStringLiteral("SELECT %1").arg(i)));
        QCOMPARE(rows->text(0), QStringLiteral("Person 0"));
        QVERIFY(rows->next());
        QCOMPARE(rows->text(0), QStringLiteral("Person 1"));
    }

    void failedTransactionLeavesNothing() {
        test::TempWorkspace tw;
        {
            Transaction tx(tw->database());
            QVERIFY(tx.started());
            tw.addPerson(QStringLiteral("Temp"));
            // no commit: rolled back when tx leaves scope
        }
        QCOMPARE(*tw->people().count(), 0);
    }

    void nestedRollbackKeepsTheOuterWork() {
        test::TempWorkspace tw;
        Transaction outer(tw->database());
        tw.addPerson(QStringLiteral("Kept"));
        {
            Transaction inner(tw->database());
            tw.addPerson(QStringLiteral("Dropped"));
        }
        QVERIFY(outer.commit());
        QCOMPARE(*tw->people().count(), 1);
    }

    void changesAreAnnouncedOnlyAfterCommit() {
        test::TempWorkspace tw;
        QSignalSpy spy(tw->notifier(), &ChangeNotifier::changed);
        {
            Transaction tx(tw->database());
            tw.addPerson(QStringLiteral("Ada"));
            QCOMPARE(spy.count(), 0);
            QVERIFY(tx.commit());
        }
        QCOMPARE(spy.count(), 1);
        const auto change = spy.takeFirst().at(0).value<Change>();
        QCOMPARE(change.entity, Entity::Person);
        QCOMPARE(change.kind, ChangeKind::Inserted);
        {
            Transaction tx(tw->database());
            tw.addPerson(QStringLiteral("Rolled back"));
        }
        QCOMPARE(spy.count(), 0);
    }

    void confirmedWritesSurviveReopening() {
        test::TempWorkspace tw;
        const Id id = tw.addPerson(QStringLiteral("Durable Dana"));
        QVERIFY(tw->notes()
                    .add({0, NoteSubject::Person, id, QStringLiteral("said yes to the talk"), {}, {}})
                    .ok());
        tw.reopen();
        QCOMPARE(tw->people().get(id)->name, QStringLiteral("Durable Dana"));
        QCOMPARE(tw->notes().forSubject(NoteSubject::Person, id)->size(), 1);
    }

    void revisionGrowsWithEveryCommit() {
        test::TempWorkspace tw;
        const qint64 before = *tw->info().revision();
        tw.addPerson(QStringLiteral("One"));
        tw.addPerson(QStringLiteral("Two"));
        QCOMPARE(*tw->info().revision(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
