#pragma once

#include "storage/StanceHistoryRepository.h"

#include <QDateTime>

namespace chorus {

/// An invented stance history for a sample person whose stance is `now` at `anchor`, created at `created`:
/// about a quarter of the aligned and neutral moved up one or two steps of sceptic → neutral → supporter →
/// advocate → champion, a few went back one step, the rest never changed. Oldest first; the first row has no
/// `from` (the stance they were created with) and the last one's stance is `now`. Depends only on `seed`.
QVector<StanceChange> inventStancePast(quint64 seed, Stance now, const QDateTime& created,
                                       const QDateTime& anchor);

} // namespace chorus
