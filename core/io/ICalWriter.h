#pragma once

#include "model/Event.h"
#include "model/FollowUp.h"

#include <QByteArray>
#include <QDateTime>

namespace chorus::io {

/// iCalendar (RFC 5545) for calendar apps: follow-ups as VTODO with a DUE date (done ones COMPLETED), events
/// as all-day VEVENTs (events without a start date are left out). CR LF, lines folded at 75 octets, text
/// escaped; UIDs are stable per workspace so that re-importing updates instead of duplicating.
class ICalWriter final {
public:
    /// `stamp`: DTSTAMP, when the file was made (UTC).
    static QByteArray write(const QVector<FollowUp>& followUps, const QVector<Event>& events,
                            const QDateTime& stamp);
};

} // namespace chorus::io
