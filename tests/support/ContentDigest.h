#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace chorus::test {

/// A SHA-256 over every row of every Chorus table, in id order, skipping volatile bookkeeping
/// (workspace_state's creation time and revision). Equal digests mean equal content.
QByteArray contentDigest(const QString& databasePath, const QStringList& skipTables = {});

} // namespace chorus::test
