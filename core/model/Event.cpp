#include "Event.h"

#include "util/EnumTable.h"

namespace chorus {
namespace {
constexpr EnumTable<EventKind, 5> kKinds{
    "EventKind",
    {{
        {EventKind::Conference, "conference", QT_TRANSLATE_NOOP("EventKind", "Conference")},
        {EventKind::Meetup, "meetup", QT_TRANSLATE_NOOP("EventKind", "Meetup")},
        {EventKind::Call, "call", QT_TRANSLATE_NOOP("EventKind", "Call")},
        {EventKind::Workshop, "workshop", QT_TRANSLATE_NOOP("EventKind", "Workshop")},
        {EventKind::Other, "other", QT_TRANSLATE_NOOP("EventKind", "Other")},
    }}};

constexpr EnumTable<AttendanceRole, 3> kRoles{
    "AttendanceRole",
    {{
        {AttendanceRole::Attendee, "attendee", QT_TRANSLATE_NOOP("AttendanceRole", "Attendee")},
        {AttendanceRole::Speaker, "speaker", QT_TRANSLATE_NOOP("AttendanceRole", "Speaker")},
        {AttendanceRole::Organiser, "organiser", QT_TRANSLATE_NOOP("AttendanceRole", "Organiser")},
    }}};
} // namespace

QString eventKindKey(EventKind kind) {
    return kKinds.key(kind);
}
std::optional<EventKind> eventKindFromKey(const QString& key) {
    return kKinds.fromKey(key);
}
QString eventKindLabel(EventKind kind) {
    return kKinds.label(kind);
}
QString attendanceRoleKey(AttendanceRole role) {
    return kRoles.key(role);
}
std::optional<AttendanceRole> attendanceRoleFromKey(const QString& key) {
    return kRoles.fromKey(key);
}
QString attendanceRoleLabel(AttendanceRole role) {
    return kRoles.label(role);
}

} // namespace chorus
