#include "ReportText.h"

#include <QCoreApplication>

namespace chorus::report {

QString day(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString day(const QDateTime& at) {
    return at.isValid() ? at.toUTC().date().toString(Qt::ISODate) : QString();
}

QString number(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

QString percent(int part, int whole) {
    if (whole <= 0)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(qRound(100.0 * part / whole));
}

QString signedNumber(double value) {
    const long long v = qRound64(value);
    if (v > 0)
        return QStringLiteral("+%1").arg(v);
    if (v < 0)
        return QStringLiteral("−%1").arg(-v);
    return QStringLiteral("0");
}

QString periodText(const QDate& from, const QDate& to) {
    return QStringLiteral("%1 – %2").arg(day(from), day(to));
}

// Colours that read on white paper and on a dark background alike.
QColor doWithColor() {
    return QColor(0x2e, 0x8b, 0x57);
}
QColor doToColor() {
    return QColor(0xd9, 0x6c, 0x2c);
}
QColor inboundColor() {
    return QColor(0x3f, 0x6f, 0xc6);
}
QColor previousColor() {
    return QColor(0x9a, 0xa3, 0xad);
}

QColor stanceColor(Stance stance) {
    switch (stance) {
    case Stance::Champion:
        return QColor(0x1b, 0x6e, 0x3c);
    case Stance::Advocate:
        return QColor(0x2e, 0x8b, 0x57);
    case Stance::Supporter:
        return QColor(0x7c, 0xb3, 0x42);
    case Stance::Neutral:
        return QColor(0x9a, 0xa3, 0xad);
    case Stance::Sceptic:
        return QColor(0xc0, 0x39, 0x2b);
    case Stance::Unknown:
        return QColor(0x6c, 0x75, 0x7d);
    }
    return Qt::gray;
}

} // namespace chorus::report
