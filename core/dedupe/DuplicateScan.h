#pragma once

#include "MatchCandidate.h"
#include "MatchScorer.h"
#include "util/Result.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace chorus {

/// What a background duplicate scan produced.
struct DuplicateScanReport {
    QVector<DuplicateGroup> groups;
    DuplicateScanStats stats;
    std::optional<Error> error; ///< set when the scan failed; ErrorCode::Cancelled when it was cancelled
};

/// Runs a whole-workspace duplicate scan off the calling thread: the worker opens its own connection to the
/// workspace file. The future reports progress 0..1000 and can be cancelled (QFuture::cancel()); watch it
/// with a QFutureWatcher. The future always carries one report.
class DuplicateScan final {
public:
    static QFuture<DuplicateScanReport> start(const QString& workspacePath,
                                              const MatchSettings& settings = {});
};

} // namespace chorus
