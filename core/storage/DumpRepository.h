#pragma once

#include "Database.h"

#include <QVariant>
#include <QVector>

namespace chorus {

/// How a column of a whole-workspace dump is written in JSON (docs/IMPORT_EXPORT.md).
enum class DumpColumnKind {
    Integer,
    Real,
    Text,
    Boolean,   ///< stored 0/1, written true/false
    Timestamp, ///< stored as seconds since 1970 UTC, written "2026-11-20T09:14:00Z"
    Date,      ///< stored and written "2026-11-20"
};

struct DumpColumn {
    QString name;
    DumpColumnKind kind = DumpColumnKind::Text;
    bool nullable = false;
};

/// One table of the dump: the user's data, never derived data (summaries, the search index, identity keys),
/// in an order that satisfies foreign keys when loaded top to bottom.
struct DumpTable {
    QString name;
    QVector<DumpColumn> columns;
    QString orderBy;
};

/// Every dumped table, in load order. A schema change that adds user data adds it here (and bumps the JSON
/// format version when old files would lose meaning).
const QVector<DumpTable>& dumpTables();

/// Whole-workspace reads and loads for the JSON export and import.
class DumpRepository final {
public:
    explicit DumpRepository(Database& db)
        : m_db(db) {}

    /// The rows of one table in a stable order, values in column order (NULL as an invalid QVariant).
    Result<QVector<QVariantList>> rows(const DumpTable& table) const;
    /// How many rows the user-data tables hold, settings aside (0: the workspace is empty).
    Result<qint64> userRows() const;
    /// Loads tables (each with rows in column order) in one transaction, derived data rebuilt; all or
    /// nothing. `progress` receives 0..1000 and returns false to cancel. Errors name the table and row
    /// (0-based).
    Status load(const QVector<QPair<const DumpTable*, QVector<QVariantList>>>& tables,
                const std::function<bool(int)>& progress = {});

private:
    Database& m_db;
};

} // namespace chorus
