#include "UiTestSupport.h"
#include "capture/CaptureActions.h"
#include "capture/FollowUpsModel.h"
#include "capture/FollowUpsPanel.h"
#include "people/PeopleView.h"
#include "people/PersonProfile.h"
#include "people/PersonTimeline.h"
#include "shell/MainWindow.h"
#include "shell/StandardPages.h"
#include "support/TempWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace chorus;
using namespace chorus::ui;

class TestFollowUps : public QObject {
    Q_OBJECT

    static Id promise(test::TempWorkspace& tw, Id person, const QString& title, const QDate& due) {
        FollowUp f;
        f.personId = person;
        f.title = title;
        f.dueOn = due;
        return *tw->followUps().add(f);
    }
    static QStringList titles(const FollowUpsModel* model) {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, FollowUpsModel::What).data().toString();
        return out;
    }

private slots:
    void initTestCase() { test::isolateSettings("tst_followups"); }

    void overdueFirstDoneWithOneKeySnoozeAndUndo() {
        test::TempWorkspace tw; // today: 2026-11-20
        const Id ada = tw.addPerson(QStringLiteral("Ada Lovelace"));
        const Id grace = tw.addPerson(QStringLiteral("Grace Hopper"));
        const Id later = promise(tw, grace, QStringLiteral("Later"), QDate(2026, 11, 30));
        const Id today = promise(tw, ada, QStringLiteral("Today"), QDate(2026, 11, 20));
        const Id oldest = promise(tw, ada, QStringLiteral("Oldest"), QDate(2026, 11, 15));
        const Id overdue = promise(tw, grace, QStringLiteral("Overdue"), QDate(2026, 11, 18));
        Q_UNUSED(later)
        Q_UNUSED(today)

        MainWindow window(tw.ws());
        StandardPages pages(window, tw.ws());
        CaptureActions actions(window, tw.ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        FollowUpsPanel* panel = actions.followUpsPanel();
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("followUpsDock"))->isVisible());
        QCOMPARE(QApplication::focusWidget(), panel->table());
        const FollowUpsModel* model = panel->model();
        QCOMPARE(titles(model), (QStringList{"Oldest", "Overdue", "Today", "Later"}));
        QCOMPARE(model->index(0, FollowUpsModel::When).data().toString(), QStringLiteral("Overdue 5 days"));
        QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("followUpsCounts"))->text(),
                 QStringLiteral("2 overdue, 1 due today, 1 later"));

        // D marks the current (first) one done and stays at the top of the list.
        QTest::keyClick(panel->table(), Qt::Key_D);
        QVERIFY(!tw->followUps().get(oldest)->isOpen());
        QCOMPARE(titles(model), (QStringList{"Overdue", "Today", "Later"}));
        QCOMPARE(panel->table()->currentIndex().row(), 0);
        // ... and the person's timeline says so.
        bool onTimeline = false;
        for (const TimelineEntry& e : personTimeline(tw.ws(), ada))
            onTimeline |= e.kind == TimelineEntry::Kind::FollowUp && e.detail == QStringLiteral("Oldest") &&
                          e.what == QStringLiteral("Follow-up done");
        QVERIFY(onTimeline);

        // S snoozes the next one until tomorrow: it moves after today's.
        QTest::keyClick(panel->table(), Qt::Key_S);
        QCOMPARE(tw->followUps().get(overdue)->snoozedUntil, QDate(2026, 11, 21));
        QCOMPARE(titles(model), (QStringList{"Today", "Overdue", "Later"}));
        QCOMPARE(model->index(1, FollowUpsModel::When).data(FollowUpsModel::StateRole).toString(),
                 QStringLiteral("upcoming"));

        // A date that is not one is named; nothing changes.
        auto* until = panel->findChild<QLineEdit*>(QStringLiteral("followUpsSnoozeUntil"));
        until->setText(QStringLiteral("someday"));
        QTest::keyClick(panel->table(), Qt::Key_S);
        QVERIFY2(panel->errorText().startsWith(QStringLiteral("Snooze until: \"someday\"")),
                 qPrintable(panel->errorText()));
        QCOMPARE(window.undoStack()->count(), 2);

        // Undo both, in order.
        window.undoStack()->undo();
        QVERIFY(!tw->followUps().get(overdue)->snoozedUntil.isValid());
        window.undoStack()->undo();
        QVERIFY(tw->followUps().get(oldest)->isOpen());
        QCOMPARE(titles(model), (QStringList{"Oldest", "Overdue", "Today", "Later"}));

        // Enter opens the person on the People page.
        panel->table()->setCurrentIndex(model->index(1, 0));
        QTest::keyClick(panel->table(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), PageId::People);
        QCOMPARE(pages.people()->profile()->personId(), grace);
    }
};

QTEST_MAIN(TestFollowUps)
#include "tst_followups.moc"
