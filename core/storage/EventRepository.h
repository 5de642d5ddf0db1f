#pragma once

#include "Database.h"
#include "model/Event.h"
#include "util/Clock.h"

#include <QVector>

namespace chorus {

struct EventRow {
    Id id = 0;
    QString name;
    EventKind kind = EventKind::Conference;
    QDate startsOn;
    QString location;
    int attendees = 0;
};

/// The orders of the events list; ties go by date (newest first), then id.
enum class EventSortKey { Starts, Name, Kind, Place, Attendees };
struct EventSort {
    EventSortKey key = EventSortKey::Starts;
    bool descending = true; ///< newest first by default
    bool operator==(const EventSort&) const = default;
};

/// Conferences, meetups and calls with their attendees.
class EventRepository final {
public:
    EventRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<Id> add(const Event& event);
    Status update(const Event& event); ///< fields and attendees
    Result<Event> get(Id id) const;
    Status remove(Id id);
    Result<int> count() const;
    /// Newest first; `text` filters by full text over name and place.
    Result<QVector<EventRow>> list(const QString& text, int limit, int offset = 0,
                                   const EventSort& sort = {}) const;
    Status addAttendee(Id eventId, const Attendance& attendance);
    Status removeAttendee(Id eventId, Id personId);
    Result<QVector<Attendance>> attendees(Id eventId) const;
    Result<QVector<EventRow>> forPerson(Id personId) const;

private:
    Status validate(const Event& event) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus
