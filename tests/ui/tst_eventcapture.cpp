#include "UiTestSupport.h"
#include "capture/CaptureActions.h"
#include "capture/CaptureForm.h"
#include "capture/EventCaptureWindow.h"
#include "shell/MainWindow.h"
#include "support/TempWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace chorus;
using namespace chorus::ui;

static QWidget* focused() {
    return QApplication::focusWidget();
}
static void type(const QString& text) {
    QTest::keyClicks(focused(), text);
}
static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(focused(), key, modifiers);
}
static QString focusName() {
    return focused() ? focused()->objectName() : QString();
}

class TestEventCapture : public QObject {
    Q_OBJECT

    static Id addAda(test::TempWorkspace& tw) {
        Person ada;
        ada.name = QStringLiteral("Ada Lovelace");
        ada.organisation = QStringLiteral("Engines");
        ada.identities = {{0, 0, QStringLiteral("github"), QStringLiteral("ada"), {}}};
        return *tw->people().add(ada);
    }

private slots:
    void initTestCase() { test::isolateSettings("tst_eventcapture"); }

    void loopOfPeopleMetByKeyboard() {
        test::TempWorkspace tw; // now: 2026-11-20 09:00 UTC
        const Id ada = addAda(tw);
        MainWindow window(tw.ws());
        CaptureActions actions(window, tw.ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        EventCaptureWindow* capture = actions.eventCaptureWindow();
        QVERIFY(QTest::qWaitFor([capture] { return QApplication::activeWindow() == capture; }));
        // No drafts yet: the cursor waits in "new event".
        QCOMPARE(focusName(), QStringLiteral("captureNewEvent"));
        type(QStringLiteral("RustConf"));
        press(Qt::Key_Return);
        const auto events = *tw->events().list({}, 10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].name, QStringLiteral("RustConf"));
        QCOMPARE(capture->eventId(), events[0].id);
        const Id event = events[0].id;

        // First person: a new one, every field by keyboard.
        QCOMPARE(focusName(), QStringLiteral("capture-name"));
        type(QStringLiteral("Grace Hopper"));
        press(Qt::Key_Tab);
        type(QStringLiteral("grace@navy.example, github.com/ghopper"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Navy"));
        press(Qt::Key_Tab);
        type(QStringLiteral("COBOL, compilers"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("captureStance"));
        type(QStringLiteral("adv"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Wants a nanosecond of wire"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Send the talk slides"));
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("capture-follow_up_due"));
        type(QStringLiteral("in 3 days"));
        // Every keystroke is already in the workspace.
        {
            const auto drafts = *CaptureSession(tw.ws(), event).openDrafts();
            QCOMPARE(drafts.size(), 1);
            QCOMPARE(drafts[0].value(CaptureField::Name), QStringLiteral("Grace Hopper"));
            QCOMPARE(drafts[0].value(CaptureField::Stance), QStringLiteral("advocate"));
            QCOMPARE(drafts[0].value(CaptureField::FollowUpDue), QStringLiteral("in 3 days"));
        }
        press(Qt::Key_Return); // saves and starts the next person
        QVERIFY2(capture->form()->errorText().isEmpty(), qPrintable(capture->form()->errorText()));
        QCOMPARE(capture->savedCount(), 1);
        const auto grace = *tw->people().complete(QStringLiteral("Hopper"), 5);
        QCOMPARE(grace.size(), 1);
        const Person g = *tw->people().get(grace[0].id);
        QCOMPARE(g.organisation, QStringLiteral("Navy"));
        QCOMPARE(g.stance, Stance::Advocate);
        QCOMPARE(g.identities.size(), 2);
        QCOMPARE(g.topics.size(), 2);
        QCOMPARE(tw->followUps().forPerson(g.id)->first().dueOn, QDate(2026, 11, 23));
        QCOMPARE(tw->touchpoints().forPerson(g.id)->first().eventId, event);
        QCOMPARE(tw->events().attendees(event)->size(), 1);

        // Second person: typing shows Ada as a likely match; Alt+M, Enter attaches instead of duplicating.
        QCOMPARE(focusName(), QStringLiteral("capture-name"));
        QVERIFY(qobject_cast<QLineEdit*>(focused())->text().isEmpty());
        type(QStringLiteral("ada lovelac"));
        auto* matches = capture->findChild<QListWidget*>(QStringLiteral("captureMatches"));
        QTRY_VERIFY(matches->count() > 0);
        QVERIFY(matches->item(0)->text().startsWith(QStringLiteral("Ada Lovelace · Engines")));
        press(Qt::Key_M, Qt::AltModifier);
        QCOMPARE(focused(), matches);
        press(Qt::Key_Return);
        QCOMPARE(capture->form()->attachedPersonId(), ada);
        QVERIFY(capture->findChild<QLabel*>(QStringLiteral("captureAttached"))
                    ->text()
                    .contains(QStringLiteral("Ada Lovelace")));
        QCOMPARE(focusName(), QStringLiteral("capture-handles")); // back in the form
        type(QStringLiteral("ada@engines.example"));
        press(Qt::Key_Return);
        QCOMPARE(capture->savedCount(), 2);
        QCOMPARE(*tw->people().count(), 2); // Ada and Grace: no duplicate Ada
        QCOMPARE(tw->people().get(ada)->identities.size(), 2);
        QCOMPARE(tw->touchpoints().forPerson(ada)->first().kind, TouchpointKind::Met);
        QCOMPARE(tw->events().attendees(event)->size(), 2);

        // A bad due date is named and nothing is stored.
        type(QStringLiteral("Linus"));
        press(Qt::Key_Tab);
        for (int i = 0; i < 6; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("capture-follow_up_due"));
        type(QStringLiteral("someday"));
        press(Qt::Key_Return);
        QVERIFY2(capture->form()->errorText().startsWith(QStringLiteral("Due:")),
                 qPrintable(capture->form()->errorText()));
        QCOMPARE(*tw->people().count(), 2);
    }

    void reopeningResumesOpenDrafts() {
        test::TempWorkspace tw;
        Event e;
        e.name = QStringLiteral("Offline meetup");
        const Id event = *tw->events().add(e);
        {
            EventCaptureWindow capture(tw.ws());
            capture.show();
            QVERIFY(QTest::qWaitForWindowActive(&capture));
            capture.setEvent(event);
            QCOMPARE(focusName(), QStringLiteral("capture-name"));
            type(QStringLiteral("Zoe Nunez"));
            press(Qt::Key_Tab);
            press(Qt::Key_Tab);
            type(QStringLiteral("Half-typed org"));
        } // the window goes away without saving
        tw.reopen();
        EventCaptureWindow capture(tw.ws());
        capture.show();
        capture.resume();
        QCOMPARE(capture.eventId(), event);
        QCOMPARE(capture.findChild<QLineEdit*>(QStringLiteral("capture-name"))->text(),
                 QStringLiteral("Zoe Nunez"));
        QCOMPARE(capture.findChild<QLineEdit*>(QStringLiteral("capture-organisation"))->text(),
                 QStringLiteral("Half-typed org"));
        QCOMPARE(capture.findChild<QListWidget*>(QStringLiteral("captureDrafts"))->count(), 1);
        QVERIFY(capture.statusText().startsWith(QStringLiteral("Resumed 1 unsaved person")));
    }
};

QTEST_MAIN(TestEventCapture)
#include "tst_eventcapture.moc"
