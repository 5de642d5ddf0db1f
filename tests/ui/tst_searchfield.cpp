#include "UiTestSupport.h"
#include "conversations/ConversationDetail.h"
#include "conversations/ConversationsView.h"
#include "people/PeopleView.h"
#include "people/PersonProfile.h"
#include "search/SearchField.h"
#include "search/SearchResults.h"
#include "shell/MainWindow.h"
#include "shell/StandardPages.h"
#include "support/TempWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace chorus;
using namespace chorus::ui;

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings("tst_searchfield"); }

    void searchAsYouTypeAndOpenTheHit() {
        test::TempWorkspace tw;
        const Id ada =
            tw.addPerson(QStringLiteral("Ada Lovelace"), Stance::Champion, QStringLiteral("Engines"));
        const Id grace = tw.addPerson(QStringLiteral("Grace Hopper"));
        tw.addPerson(QStringLiteral("Someone Else"));
        Note note;
        note.subjectId = grace;
        note.body = QStringLiteral("Grace admires Lovelace's notes on the engine");
        QVERIFY(tw->notes().add(note).ok());
        Conversation thread;
        thread.title = QStringLiteral("Lovelace and the first program");
        thread.url = QUrl(QStringLiteral("https://example.org/t/1"));
        const Id threadId = *tw->conversations().add(thread);

        MainWindow window(tw.ws());
        StandardPages pages(window, tw.ws());
        window.showPage(PageId::Today);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+F puts the cursor in the search field.
        window.findChild<QAction*>(QStringLiteral("actionFind"))->trigger();
        SearchField* field = pages.searchField();
        QTRY_COMPARE(QApplication::focusWidget(), field);

        // Results appear as the user types, grouped by kind.
        QTest::keyClicks(field, QStringLiteral("lovel"));
        SearchResults* results = field->results();
        QTRY_VERIFY(results->isVisible());
        QStringList groups;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            groups << results->topLevelItem(i)->text(0);
        QCOMPARE(groups, (QStringList{QStringLiteral("People"), QStringLiteral("Conversations"),
                                      QStringLiteral("Notes")}));
        QCOMPARE(results->topLevelItem(0)->child(0)->text(0), QStringLiteral("Ada Lovelace"));

        // Enter opens the first hit: Ada's profile on the People page.
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!results->isVisible());
        QCOMPARE(window.currentPage(), PageId::People);
        QCOMPARE(pages.people()->profile()->personId(), ada);

        // Down twice reaches the note (past the conversation); Enter opens the person it is about.
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("lovelace"));
        field->searchNow();
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(results->currentHit()->kind, SearchKind::Note);
        QTest::keyClick(field, Qt::Key_Enter);
        QCOMPARE(pages.people()->profile()->personId(), grace);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("profileName"))->text(),
                 QStringLiteral("Grace Hopper"));

        // One Down reaches the thread; Enter opens it on the Conversations page.
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("lovelace"));
        field->searchNow();
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window.currentPage(), PageId::Conversations);
        QCOMPARE(pages.conversations()->detail()->conversationId(), threadId);

        // From a person's timeline, a thread they took part in opens with a double-click.
        Conversation withAda;
        withAda.title = QStringLiteral("Analytical engines today");
        withAda.participants = {Participant{ada, {}, ParticipantRole::Replied, 1}};
        const Id adaThread = *tw->conversations().add(withAda);
        pages.open(SearchHit{SearchKind::Person, ada, ada, 0, 0, {}, {}, 0});
        auto* timeline = window.findChild<QTreeWidget*>(QStringLiteral("profileTimeline"));
        QTreeWidgetItem* entry =
            timeline->findItems(QStringLiteral("Analytical engines today"), Qt::MatchExactly, 2).value(0);
        QVERIFY(entry);
        const QPoint at = timeline->visualItemRect(entry).center();
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, at); // a double-click starts with a press
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.currentPage(), PageId::Conversations);
        QCOMPARE(pages.conversations()->detail()->conversationId(), adaThread);
    }

    void nothingFoundSaysSo() {
        test::TempWorkspace tw;
        tw.addPerson(QStringLiteral("Ada Lovelace"));
        MainWindow window(tw.ws());
        StandardPages pages(window, tw.ws());
        window.show();
        SearchField* field = pages.searchField();
        field->setText(QStringLiteral("zebra"));
        field->searchNow();
        QCOMPARE(field->results()->hitCount(), 0);
        QCOMPARE(field->results()->topLevelItem(0)->text(0), QStringLiteral("Nothing matches “zebra”."));
        // Escape closes the results, a second Escape clears the field.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!field->results()->isVisible());
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(field->text().isEmpty());
    }
};

QTEST_MAIN(TestSearch)
#include "tst_searchfield.moc"
