#pragma once

#include "storage/DumpRepository.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace chorus {
class Workspace;
}

namespace chorus::io {

/// A whole workspace as JSON (docs/IMPORT_EXPORT.md): {"format": "chorus-workspace", "version": 1,
/// "tables": {"people": [{...}, ...], ...}}. Exporting, importing into an empty workspace and exporting again
/// gives the same bytes.
struct JsonDump {
    QString fileName;
    QVector<QPair<const DumpTable*, QVector<QVariantList>>> tables; ///< in load order

    qsizetype rows(const QString& table) const;
    /// The people in the dump, the user's own row aside.
    qsizetype people() const;
};

class JsonWorkspace final {
public:
    static constexpr int kVersion = 2; ///< 2: stance_changes (stance history); 1 still reads

    static Result<QByteArray> exportJson(Workspace& workspace);
    /// Parses and checks every value against the schema; errors name the file and the JSON path
    /// ("tables.people[3].created_at") or, for syntax errors, the line.
    static Result<JsonDump> parse(const QByteArray& bytes, const QString& fileName);
    /// Loads into an empty workspace (ErrorCode::Conflict otherwise), all or nothing.
    static Status importInto(Workspace& workspace, const JsonDump& dump,
                             const std::function<bool(int)>& progress = {});
};

} // namespace chorus::io
