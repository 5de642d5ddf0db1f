#include "report/ReportFixture.h"

#include "dashboard/DashboardView.h"
#include "dashboard/PeriodPicker.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>

using namespace chorus;
using chorus::test::ReportFixture;
using chorus::test::TempWorkspace;

namespace {
QList<QBarSet*> barSets(QChart* chart) {
    if (!chart || chart->series().isEmpty())
        return {};
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    return bars ? bars->barSets() : QList<QBarSet*>();
}

double total(QBarSet* set) {
    return set ? set->sum() : -1.0;
}

QList<qreal> values(QBarSet* set) {
    QList<qreal> out;
    for (int i = 0; set && i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}
} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void chartsShowThePeriod() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        tw.clock().set(QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(tw->people().setStance({fx.eve}, Stance::Neutral));
        tw.clock().set(TempWorkspace::defaultNow());
        ui::DashboardView view(tw.ws());
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        view.resize(1000, 800);
        view.show(); // the first show computes the default period
        QTRY_COMPARE(loaded.count(), 1);
        view.periodPicker()->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 19));
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("dashboardStatus"))->text(),
                 QStringLiteral("2026-11-01 – 2026-11-19"));

        // Touchpoints per week, stacked: three done with people, one done to them.
        QChart* touchpoints = view.chart(QStringLiteral("touchpoints"));
        QVERIFY(touchpoints);
        QVERIFY(qobject_cast<QStackedBarSeries*>(touchpoints->series().first()));
        const auto sets = barSets(touchpoints);
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0]->label(), QStringLiteral("Do with"));
        QCOMPARE(total(sets[0]), 3.0);
        QCOMPARE(total(sets[1]), 1.0);
        QCOMPARE(sets[0]->count(), 3); // three weeks from 1 November

        // Follow-ups: one kept on time, one still open.
        const auto followUps = barSets(view.chart(QStringLiteral("followups")));
        QCOMPARE(followUps.size(), 1);
        QCOMPARE(followUps[0]->at(0), 1.0);
        QCOMPARE(followUps[0]->at(1), 0.0);
        QCOMPARE(followUps[0]->at(2), 1.0);

        // Introductions: the tie made on 11 November, in the second week.
        const auto ties = barSets(view.chart(QStringLiteral("introductions")));
        QCOMPARE(ties.size(), 2);
        QCOMPARE(ties[1]->at(1), 1.0);

        // By stance at each week's end, from the history: Ada an advocate throughout; Eve a sceptic until she
        // turned neutral on 10 November (unknown stances are not charted).
        const auto stances = barSets(view.chart(QStringLiteral("stances")));
        QCOMPARE(stances.size(), 5);
        QCOMPARE(stances[1]->label(), QStringLiteral("Advocate"));
        QCOMPARE(values(stances[1]), (QList<qreal>{1, 1, 1}));
        QCOMPARE(stances[4]->label(), QStringLiteral("Sceptic"));
        QCOMPARE(values(stances[4]), (QList<qreal>{1, 0, 0}));
        QCOMPARE(values(stances[3]), (QList<qreal>{1, 2, 2})); // neutral: O"Brien, then Eve too

        // Topic share of joined conversations.
        QChart* topics = view.chart(QStringLiteral("topics"));
        QVERIFY(topics);
        QCOMPARE(total(barSets(topics).value(0)), 1.0);
    }

    void hoverShowsTheValue() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ui::DashboardView view(tw.ws());
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        view.periodPicker()->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 19));
        view.reload();
        QTRY_COMPARE(loaded.count(), 1);
        const auto sets = barSets(view.chart(QStringLiteral("touchpoints")));
        QVERIFY(!sets.isEmpty());
        emit sets[0]->hovered(true, 1);
        QCOMPARE(view.hoverText(), QStringLiteral("Do with — 11-08: 2"));
        emit sets[0]->hovered(false, 1);
        QCOMPARE(view.hoverText(), QString());
    }

    void followsLightAndDarkPalettes() {
        TempWorkspace tw;
        ReportFixture fx;
        fx.fill(tw);
        ui::DashboardView view(tw.ws());
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        view.reload();
        QTRY_COMPARE(loaded.count(), 1);
        QChart* chart = view.chart(QStringLiteral("health"));
        QVERIFY(chart);
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
        view.setPalette(darkPalette());
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        QVERIFY(chart->backgroundBrush().color().lightness() < 64);
        QVERIFY(chart->titleBrush().color().lightness() > 192);
        // The series keep their own colours whatever the theme.
        QCOMPARE(barSets(chart).value(1)->color(), barSets(chart).value(1)->borderColor());
        QVERIFY(barSets(chart).value(1)->color() != barSets(chart).value(0)->color());
        view.setPalette(QPalette());
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
    }

    void presetsAndEditsChangeThePeriod() {
        TempWorkspace tw;
        ui::PeriodPicker picker(QDate(2026, 11, 20));
        QSignalSpy changed(&picker, &ui::PeriodPicker::periodChanged);
        QCOMPARE(picker.to(), QDate(2026, 11, 20));
        QCOMPARE(picker.from(), QDate(2026, 10, 24)); // last 4 weeks
        picker.findChild<QComboBox*>(QStringLiteral("periodPreset"))->setCurrentIndex(2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(picker.from(), QDate(2025, 11, 21));
        picker.findChild<QDateEdit*>(QStringLiteral("periodFrom"))->setDate(QDate(2026, 1, 1));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(picker.findChild<QComboBox*>(QStringLiteral("periodPreset"))->currentIndex(), 3);
        // A start after the end is not a period: no reload.
        picker.findChild<QDateEdit*>(QStringLiteral("periodFrom"))->setDate(QDate(2026, 12, 1));
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
