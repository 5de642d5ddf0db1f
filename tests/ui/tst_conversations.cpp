#include "UiTestSupport.h"
#include "conversations/ConversationDetail.h"
#include "conversations/ConversationEditor.h"
#include "conversations/ConversationsModel.h"
#include "conversations/ConversationsView.h"
#include "events/EventDetail.h"
#include "events/EventsModel.h"
#include "events/EventsView.h"
#include "support/TempWorkspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace chorus;
using namespace chorus::ui;

class TestConversations : public QObject {
    Q_OBJECT

    Id m_ada = 0, m_grace = 0, m_kj = 0, m_thread = 0, m_event = 0;

    void fill(test::TempWorkspace& tw) {
        m_ada = tw.addPerson(QStringLiteral("Ada Lovelace"));
        m_grace = tw.addPerson(QStringLiteral("Grace Hopper"));
        Person kj;
        kj.name = QStringLiteral("Katherine Johnson");
        kj.identities = {
            Identity{0, 0, QStringLiteral("mastodon"), QStringLiteral("@orbits@math.social"), {}}};
        m_kj = *tw->people().add(kj);
        Conversation c;
        c.title = QStringLiteral("Rust on Windows: what hurts?");
        c.url = QUrl(QStringLiteral("https://forum.example/t/42"));
        c.platform = QStringLiteral("blog");
        c.topics = {QStringLiteral("Rust on Windows")};
        c.participants = {Participant{m_ada, {}, ParticipantRole::Started, 3}};
        m_thread = *tw->conversations().add(c);
        Note note;
        note.subject = NoteSubject::Conversation;
        note.subjectId = m_thread;
        note.body = QStringLiteral("Good thread to host a follow-up");
        QVERIFY(tw->notes().add(note).ok());

        Event e;
        e.name = QStringLiteral("RustConf");
        e.startsOn = QDate(2026, 9, 10);
        e.location = QStringLiteral("Montréal");
        e.attendees = {Attendance{m_ada, {}, AttendanceRole::Speaker},
                       Attendance{m_grace, {}, AttendanceRole::Attendee}};
        m_event = *tw->events().add(e);
        Touchpoint met;
        met.personId = m_ada;
        met.kind = TouchpointKind::Met;
        met.at = QDateTime(QDate(2026, 9, 10), QTime(15, 0), Qt::UTC);
        met.eventId = m_event;
        met.note = QStringLiteral("Talked about the Windows toolchain");
        QVERIFY(tw->touchpoints().add(met).ok());
        Note eventNote;
        eventNote.subject = NoteSubject::Event;
        eventNote.subjectId = m_event;
        eventNote.body = QStringLiteral("Hallway track was the best part");
        QVERIFY(tw->notes().add(eventNote).ok());
    }

private slots:
    void initTestCase() { test::isolateSettings("tst_conversations"); }

    void openAConversationAndWorkOnIt() {
        test::TempWorkspace tw;
        fill(tw);
        QUndoStack undo;
        ConversationsView view(tw.ws(), &undo);
        view.resize(1200, 700);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("conversationsTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        ConversationDetail* detail = view.detail();
        QCOMPARE(detail->conversationId(), m_thread);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("convTitle"))
                    ->text()
                    .contains(QStringLiteral("Rust on Windows: what hurts?")));
        auto* participants = view.findChild<QTreeWidget*>(QStringLiteral("convParticipants"));
        QCOMPARE(participants->topLevelItemCount(), 1);
        QCOMPARE(participants->topLevelItem(0)->text(0), QStringLiteral("Ada Lovelace"));
        QCOMPARE(participants->topLevelItem(0)->text(1), participantRoleLabel(ParticipantRole::Started));
        QCOMPARE(view.findChild<QListWidget*>(QStringLiteral("convNotes"))->count(), 1);

        // Add a participant by typing the full name.
        auto* name = view.findChild<QLineEdit*>(QStringLiteral("convAddParticipant"));
        QTest::keyClicks(name, QStringLiteral("Grace Hopper"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(participants->topLevelItemCount(), 2);

        // ... and by a handle, picked from the completion list.
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("orbits"));
        QCompleter* completer = name->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->rowCount(), 1);
        QVERIFY(completer->completionModel()->index(0, 0).data().toString().contains(
            QStringLiteral("Katherine Johnson")));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(name->text(), QStringLiteral("Katherine Johnson"));
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("convAddParticipantButton")),
                          Qt::LeftButton);
        QCOMPARE(tw->conversations().participants(m_thread)->size(), 3);

        // Someone nobody answers to: a message, nothing added.
        QTest::keyClicks(name, QStringLiteral("Nobody Atall"));
        QVERIFY(!detail->addTypedParticipant());
        QVERIFY(detail->message().contains(QStringLiteral("Nobody Atall")));
        QCOMPARE(tw->conversations().participants(m_thread)->size(), 3);

        // Status, then undo it and the last participant.
        auto* status = view.findChild<QComboBox*>(QStringLiteral("convStatus"));
        detail->setStatus(ConversationStatus::Hosting);
        QCOMPARE(tw->conversations().get(m_thread)->status, ConversationStatus::Hosting);
        QCOMPARE(status->currentData().toInt(), int(ConversationStatus::Hosting));
        undo.undo();
        QCOMPARE(tw->conversations().get(m_thread)->status, ConversationStatus::Seen);
        undo.undo();
        QCOMPARE(tw->conversations().participants(m_thread)->size(), 2);
        QCOMPARE(participants->topLevelItemCount(), 2);

        // A note, added with Enter.
        auto* note = view.findChild<QLineEdit*>(QStringLiteral("convNoteText"));
        QTest::keyClicks(note, QStringLiteral("Ask Grace to co-host"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(view.findChild<QListWidget*>(QStringLiteral("convNotes"))->count(), 2);
        undo.undo();
        QCOMPARE(view.findChild<QListWidget*>(QStringLiteral("convNotes"))->count(), 1);
    }

    void addAndEditAConversation() {
        test::TempWorkspace tw;
        fill(tw);
        QUndoStack undo;
        ConversationsView view(tw.ws(), &undo);
        view.show();
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("convNew")), Qt::LeftButton);
        auto* save = view.findChild<QPushButton*>(QStringLiteral("convEditSave"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(view.editor()->errorText(), QStringLiteral("Conversation: give it a title or a link."));
        QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("convEditTitle")),
                         QStringLiteral("WASM office hours"));
        QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("convEditUrl")),
                         QStringLiteral("not a link"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(view.editor()->errorText().startsWith(QStringLiteral("Link:")));
        view.findChild<QLineEdit*>(QStringLiteral("convEditUrl"))
            ->setText(QStringLiteral("https://example.org/wasm"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(view.editor()->errorText().isEmpty());
        QCOMPARE(tw->conversations().count().value(), 2);
        QCOMPARE(view.model()->rowCount(), 2);
        const Id added = view.detail()->conversationId();
        QCOMPARE(tw->conversations().get(added)->title, QStringLiteral("WASM office hours"));

        // Edit it: status and title; undo puts the old title back.
        view.editConversation(added);
        auto* title = view.findChild<QLineEdit*>(QStringLiteral("convEditTitle"));
        title->setText(QStringLiteral("WASM office hours (monthly)"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(tw->conversations().get(added)->title, QStringLiteral("WASM office hours (monthly)"));
        undo.undo();
        QCOMPARE(tw->conversations().get(added)->title, QStringLiteral("WASM office hours"));
        undo.undo();
        QCOMPARE(tw->conversations().count().value(), 1);
        QCOMPARE(view.model()->rowCount(), 1);

        // Redo the creation (a new id) and the edit made to it before: the edit follows the new id.
        undo.redo();
        undo.redo();
        QCOMPARE(tw->conversations().count().value(), 2);
        QStringList titles;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            titles << tw->conversations().get(view.model()->idAt(row))->title;
        QVERIFY2(titles.contains(QStringLiteral("WASM office hours (monthly)")),
                 qPrintable(titles.join(u'|')));
    }

    /// Clicks the header of `column` in `table` (the first click sorts ascending, the second descending).
    static void clickHeader(QTableView* table, int column) {
        QHeaderView* header = table->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

    static QStringList column(QTableView* table, int column) {
        QStringList out;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            out << table->model()->index(row, column).data().toString();
        return out;
    }

    void conversationsAndEventsSortByAClickOnAHeader() {
        QSettings().clear();
        test::TempWorkspace tw;
        const Id a = tw.addPerson(QStringLiteral("A")), b = tw.addPerson(QStringLiteral("B")),
                 c = tw.addPerson(QStringLiteral("C"));
        const auto thread = [&](const QString& title, int daysAgo, ConversationStatus status,
                                QVector<Id> people) {
            Conversation conv;
            conv.title = title;
            conv.platform = QStringLiteral("blog");
            conv.status = status;
            conv.startedAt = tw.clock().now().addDays(-daysAgo);
            conv.lastActivityAt = conv.startedAt;
            for (Id p : people)
                conv.participants.push_back({p, {}, ParticipantRole::Replied, 1});
            QVERIFY(tw->conversations().add(conv).ok());
        };
        thread(QStringLiteral("banana"), 1, ConversationStatus::Closed, {a});
        thread(QStringLiteral("Apple"), 3, ConversationStatus::Joined, {a, b, c});
        thread(QStringLiteral("cherry"), 2, ConversationStatus::Seen, {a, b});
        QUndoStack undo;
        {
            ConversationsView view(tw.ws(), &undo);
            view.resize(1200, 700);
            view.show();
            auto* table = view.findChild<QTableView*>(QStringLiteral("conversationsTable"));
            // Most recent activity first until the user sorts.
            QCOMPARE(
                column(table, ConversationsModel::Title),
                (QStringList{QStringLiteral("banana"), QStringLiteral("cherry"), QStringLiteral("Apple")}));
            clickHeader(table, ConversationsModel::Title);
            QCOMPARE(
                column(table, ConversationsModel::Title),
                (QStringList{QStringLiteral("Apple"), QStringLiteral("banana"), QStringLiteral("cherry")}));
            clickHeader(table, ConversationsModel::Participants);
            clickHeader(table, ConversationsModel::Participants);
            QCOMPARE(column(table, ConversationsModel::Participants),
                     (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
            clickHeader(table, ConversationsModel::StatusColumn); // seen, watching, joined, hosting, closed
            QCOMPARE(
                column(table, ConversationsModel::Title),
                (QStringList{QStringLiteral("cherry"), QStringLiteral("Apple"), QStringLiteral("banana")}));
        }
        {
            // The next start keeps the order (and a filter keeps it too).
            ConversationsView view(tw.ws(), &undo);
            view.show();
            auto* table = view.findChild<QTableView*>(QStringLiteral("conversationsTable"));
            QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
                     int(ConversationsModel::StatusColumn));
            QCOMPARE(
                column(table, ConversationsModel::Title),
                (QStringList{QStringLiteral("cherry"), QStringLiteral("Apple"), QStringLiteral("banana")}));
            auto* text = view.findChild<QLineEdit*>(QStringLiteral("convFilterText"));
            text->setText(QStringLiteral("apple"));
            QTRY_COMPARE(column(table, ConversationsModel::Title), QStringList{QStringLiteral("Apple")});
            text->clear();
            QTRY_COMPARE(
                column(table, ConversationsModel::Title),
                (QStringList{QStringLiteral("cherry"), QStringLiteral("Apple"), QStringLiteral("banana")}));
        }

        for (const auto& [name, attendees] : {std::pair{QStringLiteral("Zeta meetup"), QVector<Id>{a}},
                                              std::pair{QStringLiteral("alpha conf"), QVector<Id>{a, b, c}},
                                              std::pair{QStringLiteral("Mid call"), QVector<Id>{a, b}}}) {
            Event e;
            e.name = name;
            e.startsOn = QDate(2026, 3, 1).addDays(int(attendees.size()));
            for (Id p : attendees)
                e.attendees.push_back({p, {}, AttendanceRole::Attendee});
            QVERIFY(tw->events().add(e).ok());
        }
        EventsView events(tw.ws(), &undo);
        events.resize(1200, 700);
        events.show();
        auto* table = events.findChild<QTableView*>(QStringLiteral("eventsTable"));
        QCOMPARE(column(table, EventsModel::Name).first(), QStringLiteral("alpha conf")); // newest first
        clickHeader(table, EventsModel::Name);
        QCOMPARE(column(table, EventsModel::Name),
                 (QStringList{QStringLiteral("alpha conf"), QStringLiteral("Mid call"),
                              QStringLiteral("Zeta meetup")}));
        clickHeader(table, EventsModel::Attendees);
        QCOMPARE(column(table, EventsModel::Attendees),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(QSettings().value(QStringLiteral("events/sortColumn")).toInt(), int(EventsModel::Attendees));
        QSettings().clear();
    }

    void eventsShowAttendeesWithTheirTouchpoints() {
        test::TempWorkspace tw;
        fill(tw);
        QUndoStack undo;
        EventsView view(tw.ws(), &undo);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("eventsTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QCOMPARE(view.detail()->eventId(), m_event);
        auto* attendees = view.findChild<QTreeWidget*>(QStringLiteral("eventAttendees"));
        QCOMPARE(attendees->topLevelItemCount(), 2);
        QTreeWidgetItem* ada = attendees->topLevelItem(0);
        QCOMPARE(ada->text(0), QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada->text(1), attendanceRoleLabel(AttendanceRole::Speaker));
        QCOMPARE(ada->childCount(), 1);
        QCOMPARE(ada->child(0)->text(2), QStringLiteral("Talked about the Windows toolchain"));
        QCOMPARE(attendees->topLevelItem(1)->childCount(), 0);
        auto* notes = view.findChild<QListWidget*>(QStringLiteral("eventNotes"));
        QCOMPARE(notes->count(), 1);
        QVERIFY(notes->item(0)->text().contains(QStringLiteral("Hallway track")));

        // Activating an attendee asks to open their profile.
        QSignalSpy opened(&view, &EventsView::personActivated);
        emit attendees->itemActivated(attendees->topLevelItem(1), 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), m_grace);

        // Filter by place.
        view.findChild<QLineEdit*>(QStringLiteral("eventFilterText"))->setText(QStringLiteral("Berlin"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
