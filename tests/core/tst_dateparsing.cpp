#include "util/DateParsing.h"

#include <QTest>

using namespace chorus;

class TestDateParsing : public QObject {
    Q_OBJECT

    // Wednesday 2026-11-25, 15:30 UTC.
    const QDateTime now{QDate(2026, 11, 25), QTime(15, 30), Qt::UTC};

private slots:
    void iso() {
        QCOMPARE(parseIsoDateTime(QStringLiteral("2026-11-20"))->toString(Qt::ISODate),
                 QStringLiteral("2026-11-20T12:00:00Z"));
        QCOMPARE(parseIsoDateTime(QStringLiteral("2026-11-20T09:14:00Z"))->toString(Qt::ISODate),
                 QStringLiteral("2026-11-20T09:14:00Z"));
        QCOMPARE(parseIsoDateTime(QStringLiteral("2026-11-20T09:14:00+01:00"))->toString(Qt::ISODate),
                 QStringLiteral("2026-11-20T08:14:00Z"));
        QVERIFY(!parseIsoDateTime(QStringLiteral("20/11/2026")));
        QVERIFY(!parseIsoDateTime(QStringLiteral("2026-13-01")));
    }

    void naturalPast() {
        QCOMPARE(parseNaturalDateTime(QStringLiteral("now"), now), now);
        QCOMPARE(parseNaturalDateTime(QStringLiteral("yesterday"), now)->date(), QDate(2026, 11, 24));
        QCOMPARE(parseNaturalDateTime(QStringLiteral("3 days ago"), now)->date(), QDate(2026, 11, 22));
        QCOMPARE(parseNaturalDateTime(QStringLiteral("2w"), now)->date(), QDate(2026, 11, 11));
        QCOMPARE(parseNaturalDateTime(QStringLiteral("last monday"), now)->date(), QDate(2026, 11, 23));
        QCOMPARE(parseNaturalDateTime(QStringLiteral("last wednesday"), now)->date(), QDate(2026, 11, 18));
        QVERIFY(!parseNaturalDateTime(QStringLiteral("whenever"), now));
    }

    // Found by fuzz_dates: "in 1068909289 weeks" overflowed an int on the way to days.
    void absurdSpansAreRefusedNotOverflowed() {
        const QDate today(2026, 11, 25);
        const QDateTime now(today, QTime(9, 0), Qt::UTC);
        QVERIFY(!parseNaturalDate(QStringLiteral("in 01068909289 weeks"), today));
        QVERIFY(!parseNaturalDate(QStringLiteral("in 99999999999999 days"), today));
        QVERIFY(!parseNaturalDateTime(QStringLiteral("5000000 months ago"), now));
        QCOMPARE(*parseNaturalDate(QStringLiteral("in 52 weeks"), today), today.addDays(364));
    }

    void naturalFuture() {
        const QDate today = now.date();
        QCOMPARE(*parseNaturalDate(QStringLiteral("tomorrow"), today), QDate(2026, 11, 26));
        QCOMPARE(*parseNaturalDate(QStringLiteral("in 3 days"), today), QDate(2026, 11, 28));
        QCOMPARE(*parseNaturalDate(QStringLiteral("+2w"), today), QDate(2026, 12, 9));
        QCOMPARE(*parseNaturalDate(QStringLiteral("friday"), today), QDate(2026, 11, 27));
        QCOMPARE(*parseNaturalDate(QStringLiteral("next wednesday"), today), QDate(2026, 12, 2));
        QCOMPARE(*parseNaturalDate(QStringLiteral("2027-01-05"), today), QDate(2027, 1, 5));
        QVERIFY(!parseNaturalDate(QStringLiteral("soonish"), today));
    }
};

QTEST_GUILESS_MAIN(TestDateParsing)
#include "tst_dateparsing.moc"
