#pragma once

#include "Ids.h"

#include <QDate>
#include <QString>
#include <QUrl>
#include <QVector>

#include <optional>

namespace chorus {

enum class EventKind { Conference, Meetup, Call, Workshop, Other };
enum class AttendanceRole { Attendee, Speaker, Organiser };

struct Attendance {
    Id personId = 0;
    QString personName; ///< filled on read
    AttendanceRole role = AttendanceRole::Attendee;

    bool operator==(const Attendance&) const = default;
};

/// A conference, meetup or call.
struct Event {
    Id id = 0;
    QString name;
    EventKind kind = EventKind::Conference;
    QDate startsOn;
    QDate endsOn;
    QString location;
    QUrl url;

    QVector<Attendance> attendees; ///< filled by EventRepository::get()

    bool operator==(const Event&) const = default;
};

QString eventKindKey(EventKind kind);
std::optional<EventKind> eventKindFromKey(const QString& key);
QString eventKindLabel(EventKind kind);
QString attendanceRoleKey(AttendanceRole role);
std::optional<AttendanceRole> attendanceRoleFromKey(const QString& key);
QString attendanceRoleLabel(AttendanceRole role);

} // namespace chorus
