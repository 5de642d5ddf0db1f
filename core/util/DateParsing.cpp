#include "DateParsing.h"

#include <QRegularExpression>
#include <QStringList>

namespace chorus {
namespace {
int weekdayFromName(const QString& word) {
    static const QStringList names{QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                   QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                   QStringLiteral("friday"),    QStringLiteral("saturday"),
                                   QStringLiteral("sunday")};
    for (int i = 0; i < names.size(); ++i) {
        if (word.size() >= 3 && names[i].startsWith(word))
            return i + 1;
    }
    return 0;
}

/// "3 days", "2w", "1 week", "4 months" → days (months as 30).
std::optional<int> spanInDays(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d+)\s*(d|day|days|w|wk|week|weeks|m|mo|month|months)$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    // Nobody logs or plans a touchpoint more than a century away; larger spans are typing slips (and would
    // overflow once turned into days).
    constexpr int kMaxDays = 36500;
    bool ok = false;
    const int n = m.captured(1).toInt(&ok);
    if (!ok || n > kMaxDays)
        return std::nullopt;
    const QString unit = m.captured(2);
    const int days = unit.startsWith(QLatin1Char('d')) ? n : unit.startsWith(QLatin1Char('w')) ? n * 7 : n * 30;
    if (days > kMaxDays)
        return std::nullopt;
    return days;
}
} // namespace

std::optional<QDate> parseIsoDate(const QString& text) {
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QDateTime> parseIsoDateTime(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(d, QTime(12, 0), Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime && !t.endsWith(QLatin1Char('Z')) && !t.contains(QLatin1Char('+')))
        dt.setTimeSpec(Qt::UTC); // a bare time is read as UTC, the command line's convention
    return dt.toUTC();
}

std::optional<QDateTime> parseNaturalDateTime(const QString& text, const QDateTime& now) {
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("now"))
        return now.toUTC();
    if (auto iso = parseIsoDateTime(t))
        return iso;
    const QTime time = now.time();
    auto at = [&](const QDate& day) {
        return QDateTime(day, time, now.timeSpec()).toUTC();
    };
    const QDate today = now.date();
    if (t == QLatin1String("today"))
        return at(today);
    if (t == QLatin1String("yesterday"))
        return at(today.addDays(-1));
    QString rest = t;
    if (rest.endsWith(QLatin1String(" ago")))
        rest.chop(4);
    if (rest.startsWith(QLatin1Char('-')))
        rest.remove(0, 1);
    if (auto days = spanInDays(rest.trimmed()))
        return at(today.addDays(-*days));
    if (t.startsWith(QLatin1String("last "))) {
        const int wd = weekdayFromName(t.mid(5).trimmed());
        if (wd > 0) {
            int back = (today.dayOfWeek() - wd + 7) % 7;
            return at(today.addDays(-(back == 0 ? 7 : back)));
        }
    }
    const int wd = weekdayFromName(t);
    if (wd > 0) {
        const int back = (today.dayOfWeek() - wd + 7) % 7;
        return at(today.addDays(-back));
    }
    return std::nullopt;
}

std::optional<QDate> parseNaturalDate(const QString& text, const QDate& today) {
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (auto iso = parseIsoDate(t))
        return iso;
    if (t == QLatin1String("today"))
        return today;
    if (t == QLatin1String("tomorrow"))
        return today.addDays(1);
    if (t == QLatin1String("next week"))
        return today.addDays(7);
    if (t == QLatin1String("next month"))
        return today.addMonths(1);
    QString rest = t;
    if (rest.startsWith(QLatin1String("in ")))
        rest = rest.mid(3);
    if (rest.startsWith(QLatin1Char('+')))
        rest.remove(0, 1);
    if (auto days = spanInDays(rest.trimmed()))
        return today.addDays(*days);
    QString day = t;
    if (day.startsWith(QLatin1String("next ")))
        day = day.mid(5);
    const int wd = weekdayFromName(day.trimmed());
    if (wd > 0) {
        const int ahead = (wd - today.dayOfWeek() + 7) % 7;
        return today.addDays(ahead == 0 ? 7 : ahead);
    }
    return std::nullopt;
}

QString isoUtc(const QDateTime& at) {
    if (!at.isValid())
        return {};
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace chorus
