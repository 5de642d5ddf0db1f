#pragma once

#include "CliContext.h"
#include "io/ImportRecord.h"

namespace chorus::cli {

/// The touchpoint half of `import csv`: plan (and unless `dryRun`, commit) the touchpoints `source` read,
/// printing the counts, the rows whose person is unknown and the skipped rows.
int importTouchpoints(CliContext& ctx, Workspace& workspace, const io::ImportSource& source, bool dryRun);

} // namespace chorus::cli
