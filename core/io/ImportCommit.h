#pragma once

#include "ImportPlan.h"

#include <functional>

namespace chorus::io {

struct ImportOutcome {
    int created = 0;
    int updated = 0;   ///< matched people who gained an identity, tag, note or an empty field
    int unchanged = 0; ///< matched people the file told nothing new
    int skipped = 0;
    QVector<Id> createdIds;
};

/// Writes an ImportPlan in one transaction: new people (with identities, tags and a note) through BulkWriter,
/// matched people gain the identities and tags they lack, empty organisation/role/location filled and the
/// note attached. Any failure, or a cancel through `progress` (0..1000), rolls everything back: all or
/// nothing.
class ImportCommitter final {
public:
    static Result<ImportOutcome> commit(Workspace& workspace, const ImportPlan& plan,
                                        const std::function<bool(int)>& progress = {});
};

} // namespace chorus::io
