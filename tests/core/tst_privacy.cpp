#include "support/TempWorkspace.h"

#include "backup/BackupService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace chorus;

namespace {
QByteArray bytesOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray hashOf(const QString& path) {
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256);
}
} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT

private slots:
    void erasureLeavesNoTraceInTheFileOrItsLog() {
        test::TempWorkspace tw;
        const QByteArray marker("zqxjmarkerforerasure");
        Person p;
        p.name = QStringLiteral("Erasmus Vanishingly");
        p.identities = {{0, 0, QStringLiteral("email"), QStringLiteral("erasmus@vanish.example"), {}}};
        const Id gone = *tw->people().add(p);
        const Id stays = tw.addPerson(QStringLiteral("Stella Remains"));
        QVERIFY(tw->notes().add(
            {0, NoteSubject::Person, gone, QString::fromLatin1("Secret: " + marker), {}, {}}));
        QVERIFY(tw->notes().add({0, NoteSubject::Person, stays, QStringLiteral("keepthisnote"), {}, {}}));
        QVERIFY(tw->touchpoints().add({0, gone, TouchpointKind::Met, Direction::Outbound, tw.clock().now(), 0,
                                       0, QString::fromLatin1(marker + "tp")}));
        QVERIFY(tw->ties().add({0, gone, stays, TieKind::Knows, 0.5, TieOrigin::Manual, {}}));
        Conversation own;
        own.title = QString::fromLatin1("Post " + marker + "post");
        own.participants = {{gone, {}, ParticipantRole::Started, 1}};
        QVERIFY(tw->conversations().add(own));
        BackupService backups(tw.ws());
        QVERIFY(backups.create(QStringLiteral("manual")));
        tw.clock().set(tw.clock().now().addSecs(60));

        QVERIFY(tw->erasure().erase(gone));

        for (const QString& file : {tw.path(), tw.path() + QStringLiteral("-wal")}) {
            const QByteArray bytes = bytesOf(file);
            QVERIFY2(!bytes.contains(marker), qPrintable(file));
            QVERIFY2(!bytes.contains("Vanishingly"), qPrintable(file));
            QVERIFY2(!bytes.contains("vanishingly"), qPrintable(file));
            QVERIFY2(!bytes.contains("erasmus@vanish"), qPrintable(file));
        }
        QVERIFY(tw->search().search(QString::fromLatin1(marker), 5)->isEmpty());
        QVERIFY(tw->search().search(QStringLiteral("keepthisnote"), 5)->size() == 1);
        QCOMPARE(*tw->people().count(), 1);
        QCOMPARE(*tw->ties().count(), 0);
        QCOMPARE(*tw->conversations().count(), 0);
        // No row of any table that refers to people (read from the schema, so new tables such as the stance
        // history are covered) still points at them.
        {
            QStringList refs;
            QSqlQuery q(tw->database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_schema m, "
                                          "pragma_foreign_key_list(m.name) f "
                                          "WHERE m.type = 'table' AND f.\"table\" = 'people'")));
            while (q.next())
                refs << QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = %3")
                            .arg(q.value(0).toString(), q.value(1).toString())
                            .arg(gone);
            QVERIFY(refs.size() >= 15);
            QVERIFY(refs.join(QLatin1Char(' ')).contains(QLatin1String("stance_changes")));
            for (const QString& sql : std::as_const(refs)) {
                QSqlQuery count(tw->database().connection());
                QVERIFY2(count.exec(sql) && count.next(), qPrintable(sql));
                QVERIFY2(count.value(0).toInt() == 0, qPrintable(sql));
            }
        }

        // The backup from before still holds them: it is flagged, and can be purged.
        auto described = backups.describe();
        QCOMPARE(described->size(), 1);
        QVERIFY(described->first().predatesErasure);
        QVERIFY(bytesOf(described->first().file.path).contains(marker));
        QCOMPARE(*backups.purgeOlderThanLastErasure(), 1);
        QVERIFY(backups.list().isEmpty());
    }

    void truncatedFileIsRefusedAndUntouched() {
        test::TempWorkspace tw;
        for (int i = 0; i < 400; ++i)
            tw.addPerson(QStringLiteral("Person %1 with a reasonably long name to fill pages").arg(i));
        QVERIFY(tw->info().checkpoint());
        tw.close();
        QFile f(tw.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        QFile::remove(tw.path() + QStringLiteral("-wal"));
        QFile::remove(tw.path() + QStringLiteral("-shm"));
        const QByteArray before = hashOf(tw.path());
        auto ws = Workspace::open(tw.path(), {});
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::Damaged);
        QVERIFY2(ws.error().message.contains(QStringLiteral("truncated")), qPrintable(ws.error().message));
        QCOMPARE(hashOf(tw.path()), before);
    }

    void byteFlippedFileIsReportedNotRepaired() {
        test::TempWorkspace tw;
        for (int i = 0; i < 300; ++i)
            tw.addPerson(QStringLiteral("Flip %1").arg(i), Stance::Supporter,
                         QStringLiteral("Org %1").arg(i % 7));
        QVERIFY(tw->info().checkpoint());
        tw.close();
        QFile::remove(tw.path() + QStringLiteral("-shm"));
        {
            QFile f(tw.path());
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 at = 3 * 4096 + 100; at < f.size(); at += 4096 * 3) {
                f.seek(at);
                f.write(QByteArray(64, '\x7F'));
            }
        }
        const QByteArray before = hashOf(tw.path());
        auto ws = Workspace::open(tw.path(), {});
        if (ws) {
            auto integrity = (*ws)->info().integrityCheck();
            QVERIFY(!integrity || *integrity != QLatin1String("ok"));
            // Reading what can be read must not crash.
            static_cast<void>((*ws)->people().queryIds({}, {}, tw.clock().now(), {}));
            static_cast<void>((*ws)->search().search(QStringLiteral("flip"), 10));
        } else {
            QVERIFY(!ws.error().message.isEmpty());
        }
        ws = Result<std::unique_ptr<Workspace>>(makeError(ErrorCode::Invalid, {}));
        QCOMPARE(hashOf(tw.path()), before);
    }

    void readOnlyFileOpensForReadingAndRefusesWrites() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Read Only"));
        QVERIFY(tw->info().checkpoint());
        tw.close();
        QFile::remove(tw.path() + QStringLiteral("-wal"));
        QFile::remove(tw.path() + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(tw.path(), QFileDevice::ReadOwner));
        const QByteArray before = hashOf(tw.path());
        // Root may write to a 0400 file, so there the read-only mode is asked for explicitly; for anyone else
        // the file's permissions alone must lead to it.
        Workspace::Options options;
        options.readOnly = ::geteuid() == 0;
        auto ws = Workspace::open(tw.path(), options);
        QVERIFY2(ws.ok(), ws ? "" : qPrintable(ws.error().message));
        QVERIFY((*ws)->database().isReadOnly());
        QCOMPARE(*(*ws)->people().count(), 1);
        Person p;
        p.name = QStringLiteral("Not written");
        auto add = (*ws)->people().add(p);
        QVERIFY(!add);
        QVERIFY(!add.error().message.isEmpty());
        ws = Result<std::unique_ptr<Workspace>>(makeError(ErrorCode::Invalid, {}));
        QCOMPARE(hashOf(tw.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
