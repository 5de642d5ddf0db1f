#include "ContentDigest.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace chorus::test {

QByteArray contentDigest(const QString& databasePath, const QStringList& skipTables) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("digest-%1").arg(quintptr(&hash));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QStringList tables;
        QSqlQuery list(db);
        list.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name NOT LIKE 'search_index%' ORDER BY name"));
        while (list.next())
            tables << list.value(0).toString();
        for (const QString& table : tables) {
            if (table == QLatin1String("workspace_state") || skipTables.contains(table))
                continue;
            hash.addData(table.toUtf8());
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
            while (rows.next()) {
                const QSqlRecord record = rows.record();
                for (int c = 0; c < record.count(); ++c) {
                    const QVariant v = rows.value(c);
                    hash.addData(v.isNull() ? QByteArray("\x01NULL") : v.toString().toUtf8());
                    hash.addData(QByteArray("\x1f"));
                }
                hash.addData(QByteArray("\x1e"));
            }
        }
        // The full-text index is derived, but its visible content must match too.
        QSqlQuery fts(db);
        fts.setForwardOnly(true);
        if (fts.exec(QStringLiteral("SELECT rowid, title, body FROM search_index ORDER BY rowid"))) {
            while (fts.next())
                hash.addData(
                    (fts.value(0).toString() + fts.value(1).toString() + fts.value(2).toString()).toUtf8());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

} // namespace chorus::test
