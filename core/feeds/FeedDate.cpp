#include "FeedDate.h"

#include <QRegularExpression>

namespace chorus {
namespace {

int monthFromName(const QString& name) {
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const QString key = name.left(3).toLower();
    const qsizetype index = months.indexOf(key);
    return index < 0 ? 0 : int(index) + 1;
}

int fullYear(const QString& digits) {
    const int year = digits.toInt();
    if (digits.size() <= 2)
        return year < 50 ? 2000 + year : 1900 + year; // RFC 2822 section 4.3
    return year;
}

/// Offset east of UTC in seconds, or nullopt for a zone we cannot read at all.
std::optional<int> zoneOffset(const QString& zoneText) {
    const QString zone = zoneText.trimmed().toUpper();
    if (zone.isEmpty())
        return 0;
    static const QRegularExpression numeric(QStringLiteral(R"(^(?:GMT|UTC|UT)?([+-])(\d{1,2}):?(\d{2})?$)"));
    const auto m = numeric.match(zone);
    if (m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
        return sign * (hours * 3600 + minutes * 60);
    }
    struct Named {
        const char* name;
        int hours;
    };
    static const Named named[] = {{"Z", 0},    {"UT", 0},    {"UTC", 0},   {"GMT", 0},   {"EST", -5},
                                  {"EDT", -4}, {"CST", -6},  {"CDT", -5},  {"MST", -7},  {"MDT", -6},
                                  {"PST", -8}, {"PDT", -7},  {"AKST", -9}, {"AKDT", -8}, {"HST", -10},
                                  {"WET", 0},  {"WEST", 1},  {"BST", 1},   {"CET", 1},   {"CEST", 2},
                                  {"MET", 1},  {"MEST", 2},  {"EET", 2},   {"EEST", 3},  {"JST", 9},
                                  {"KST", 9},  {"AEST", 10}, {"AEDT", 11}, {"NZST", 12}, {"NZDT", 13}};
    for (const Named& n : named) {
        if (zone == QLatin1String(n.name))
            return n.hours * 3600;
    }
    // RFC 2822 obsolete military zones carry no reliable meaning: read them as UTC.
    if (zone.size() == 1 && zone.at(0).isLetter())
        return 0;
    return std::nullopt;
}

std::optional<QDateTime> assemble(int year, int month, int day, int hour, int minute, int second,
                                  const QString& zone) {
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 24 || minute > 59 || second > 60)
        return std::nullopt;
    const auto offset = zoneOffset(zone);
    if (!offset)
        return std::nullopt;
    QTime time(hour == 24 ? 0 : hour, minute, second == 60 ? 59 : second);
    QDateTime at(date, time, Qt::UTC);
    if (hour == 24)
        at = at.addDays(1);
    return at.addSecs(-*offset);
}

std::optional<QDateTime> parseIso(const QString& t) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?)"
                       R"(\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    if (m.captured(4).isEmpty()) // a bare date: noon UTC, so the day never shifts
        return assemble(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), 12, 0, 0, {});
    return assemble(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                    m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7));
}

std::optional<QDateTime> parseRfc822(const QString& t) {
    // [Day,] DD Mon YYYY [HH:MM[:SS]] [zone]
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,})\.?,?[\s-]+(\d{2,4}),?)"
                       R"((?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?)"
                       R"(\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,4}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?$)"));
    auto m = re.match(t);
    if (m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        if (month == 0)
            return std::nullopt;
        QString zone = m.captured(7);
        zone.remove(QLatin1Char(' '));
        return assemble(fullYear(m.captured(3)), month, m.captured(1).toInt(), m.captured(4).toInt(),
                        m.captured(5).toInt(), m.captured(6).toInt(), zone);
    }
    // US order: [Day,] Mon DD[,] YYYY [HH:MM[:SS]] [zone]
    static const QRegularExpression us(
        QStringLiteral(R"(^(?:[A-Za-z]+\.?,?\s*)?([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4}),?)"
                       R"((?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?)"
                       R"(\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,4}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?$)"));
    m = us.match(t);
    if (m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (month == 0)
            return std::nullopt;
        QString zone = m.captured(7);
        zone.remove(QLatin1Char(' '));
        return assemble(m.captured(3).toInt(), month, m.captured(2).toInt(), m.captured(4).toInt(),
                        m.captured(5).toInt(), m.captured(6).toInt(), zone);
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> parseFeedDate(const QString& text) {
    QString t = text.simplified();
    if (t.isEmpty())
        return std::nullopt;
    if (auto iso = parseIso(t))
        return iso;
    return parseRfc822(t);
}

} // namespace chorus
