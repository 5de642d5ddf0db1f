#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <QMap>

#include <functional>

namespace chorus {

struct SampleOptions {
    int people = 1000;
    quint64 seed = 1;
    /// "Now" for the sample: activity spreads over the two years before it. Fixed by default so the same seed
    /// gives the same workspace on any day; the desktop demo passes today.
    QDateTime anchor = defaultAnchor();

    static QDateTime defaultAnchor();
};

/// Progress in percent; return false to cancel (nothing is written then).
using ProgressCallback = std::function<bool(int percent)>;

/// Builds a realistic, deterministic sample workspace: multicultural names, organisations, handles on several
/// platforms, topics in communities with some bridging people, ties, conversations with participants,
/// touchpoints of every kind over two years, events with attendees, notes and follow-ups. Per person it makes
/// about ten touchpoints, two conversations and five ties. All in one transaction.
class SampleGenerator final {
public:
    /// Fill an empty workspace. Returns the row counts written.
    static Result<QMap<QString, qint64>> generate(Database& db, const SampleOptions& options,
                                                  const ProgressCallback& progress = {});
};

} // namespace chorus
