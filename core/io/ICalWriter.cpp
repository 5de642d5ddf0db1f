#include "ICalWriter.h"

#include "ContentLine.h"

#include <QCoreApplication>

namespace chorus::io {
namespace {

using namespace contentline;

QString utc(const QDateTime& at) {
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString date(const QDate& d) {
    return d.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QByteArray ICalWriter::write(const QVector<FollowUp>& followUps, const QVector<Event>& events,
                             const QDateTime& stamp) {
    QByteArray out;
    out += fold(QStringLiteral("BEGIN:VCALENDAR"));
    out += fold(QStringLiteral("VERSION:2.0"));
    out += fold(QStringLiteral("PRODID:-//Chorus//Chorus//EN"));
    out += fold(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const FollowUp& f : followUps) {
        out += fold(QStringLiteral("BEGIN:VTODO"));
        out += fold(QStringLiteral("UID:follow-up-%1@chorus").arg(f.id));
        out += fold(QStringLiteral("DTSTAMP:") + utc(stamp));
        if (f.createdAt.isValid())
            out += fold(QStringLiteral("CREATED:") + utc(f.createdAt));
        out += fold(QStringLiteral("SUMMARY:") +
                    escape(QCoreApplication::translate("ICalendar", "%1 (%2)").arg(f.title, f.personName)));
        out += fold(QStringLiteral("DESCRIPTION:") +
                    escape(QCoreApplication::translate("ICalendar", "Follow up with %1: %2")
                               .arg(f.personName, f.title)));
        out += fold(QStringLiteral("DUE;VALUE=DATE:") + date(f.effectiveDue()));
        if (f.isOpen()) {
            out += fold(QStringLiteral("STATUS:NEEDS-ACTION"));
        } else {
            out += fold(QStringLiteral("STATUS:COMPLETED"));
            out += fold(QStringLiteral("COMPLETED:") + utc(f.doneAt));
        }
        out += fold(QStringLiteral("END:VTODO"));
    }
    for (const Event& e : events) {
        if (!e.startsOn.isValid())
            continue;
        const QDate last = e.endsOn.isValid() && e.endsOn >= e.startsOn ? e.endsOn : e.startsOn;
        out += fold(QStringLiteral("BEGIN:VEVENT"));
        out += fold(QStringLiteral("UID:event-%1@chorus").arg(e.id));
        out += fold(QStringLiteral("DTSTAMP:") + utc(stamp));
        out += fold(QStringLiteral("SUMMARY:") + escape(e.name));
        out += fold(QStringLiteral("DTSTART;VALUE=DATE:") + date(e.startsOn));
        out += fold(QStringLiteral("DTEND;VALUE=DATE:") + date(last.addDays(1))); // exclusive
        if (!e.location.isEmpty())
            out += fold(QStringLiteral("LOCATION:") + escape(e.location));
        if (!e.url.isEmpty())
            out += fold(QStringLiteral("URL:") + e.url.toString(QUrl::FullyEncoded));
        out += fold(QStringLiteral("CATEGORIES:") + escape(eventKindLabel(e.kind)));
        if (!e.attendees.isEmpty()) {
            QStringList people;
            for (const Attendance& a : e.attendees)
                people << QStringLiteral("%1 (%2)").arg(a.personName, attendanceRoleLabel(a.role));
            out += fold(QStringLiteral("DESCRIPTION:") +
                        escape(QCoreApplication::translate("ICalendar", "With: %1")
                                   .arg(people.join(QLatin1String(", ")))));
        }
        out += fold(QStringLiteral("END:VEVENT"));
    }
    out += fold(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace chorus::io
