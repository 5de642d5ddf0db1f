// The Today page driven like a user: sections per kind, one-key actions, confirmation before logging,
// balance.

#include "UiTestSupport.h"
#include "core/SuggestScenario.h"
#include "shell/DialogService.h"
#include "shell/MainWindow.h"
#include "shell/StandardPages.h"
#include "today/TodayPage.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace chorus;
using namespace chorus::test;
using namespace chorus::ui;

namespace {
/// A small world: two advocates with fresh posts (one famous), a thread, a pair to introduce, a sceptic.
struct World {
    SuggestScenario s;
    Id small = 0, famous = 0, sceptic = 0, anna = 0, boris = 0;
    Id smallPost = 0;

    World() {
        s.focus(QStringLiteral("Rust"));
        small = s.person(QStringLiteral("Small Advocate"), Stance::Advocate, 700, {QStringLiteral("Rust")});
        famous =
            s.person(QStringLiteral("Famous Advocate"), Stance::Advocate, 3000000, {QStringLiteral("Rust")});
        sceptic = s.person(QStringLiteral("Loud Sceptic"), Stance::Sceptic, 400000, {QStringLiteral("Rust")});
        anna = s.person(QStringLiteral("Anna"), Stance::Supporter, {}, {QStringLiteral("Go")});
        boris = s.person(QStringLiteral("Boris"), Stance::Supporter, {}, {QStringLiteral("Go")});
        smallPost = s.post(small, QStringLiteral("Small post"), 1, {QStringLiteral("Rust")});
        s.post(famous, QStringLiteral("Famous post"), 1, {QStringLiteral("Rust")});
        s.post(sceptic, QStringLiteral("Sceptic post"), 1, {QStringLiteral("Rust")});
        s.touch(anna, TouchpointKind::Met, 3);
        s.touch(boris, TouchpointKind::Met, 3);
    }
};

QTreeView* viewOf(TodayPage& page) {
    return page.findChild<QTreeView*>(QStringLiteral("suggestions"));
}

bool load(TodayPage& page) {
    QSignalSpy loaded(&page, &TodayPage::loaded);
    page.reload();
    return loaded.wait(20000) || loaded.count() > 0;
}

QModelIndex itemOf(TodayPage& page, SuggestionKind kind, int row = 0) {
    return page.model()->index(row, 0, page.model()->sectionIndex(kind));
}

void press(TodayPage& page, Qt::Key key) {
    QTreeView* view = viewOf(page);
    view->setFocus();
    QTest::keyClick(view, key);
}
} // namespace

class TestToday : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings("tst_today"); }

    void sectionsPerKindWithTheirSentences() {
        World w;
        TodayPage page(w.s.ws());
        page.show();
        QVERIFY(load(page));
        TodayModel* model = page.model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(0, 0).data(TodayModel::KindRole).toString(), QStringLiteral("support"));
        QCOMPARE(model->index(4, 0).data(TodayModel::KindRole).toString(), QStringLiteral("caution"));
        // Support: the small voice first, the sceptic nowhere; caution: the sceptic.
        const QString first = itemOf(page, SuggestionKind::Support).data().toString();
        QVERIFY2(first.startsWith(QStringLiteral("Small Advocate")), qPrintable(first));
        const QModelIndex support = model->sectionIndex(SuggestionKind::Support);
        for (int i = 0; i < model->rowCount(support); ++i)
            QVERIFY(!model->index(i, 0, support).data().toString().contains(QStringLiteral("Sceptic")));
        QVERIFY(
            itemOf(page, SuggestionKind::Caution).data().toString().contains(QStringLiteral("don't pitch")));
        QVERIFY(itemOf(page, SuggestionKind::Introduce).data().toString().contains(QStringLiteral("Anna")));
        // The first suggestion is selected, with its sentence and a link to the post.
        QCOMPARE(viewOf(page)->currentIndex(), itemOf(page, SuggestionKind::Support));
        auto* details = page.findChild<QLabel*>(QStringLiteral("details"));
        QVERIFY(details->text().contains(QStringLiteral("https://example.social/1")));
        QVERIFY(details->text().contains(QStringLiteral("Small post")));
    }

    void doneAsksThenLogsTheTouchpoint() {
        World w;
        TodayPage page(w.s.ws());
        page.show();
        QVERIFY(load(page));
        viewOf(page)->setCurrentIndex(itemOf(page, SuggestionKind::Support));
        DialogService::queueConfirm(true);
        press(page, Qt::Key_D);
        auto touchpoints = w.s.ws().touchpoints().forPerson(w.small);
        QVERIFY(touchpoints);
        QCOMPARE(touchpoints->size(), 1);
        QCOMPARE(touchpoints->first().kind, TouchpointKind::Amplified);
        QCOMPARE(touchpoints->first().conversationId, w.smallPost);
        // Gone from the list now and after recomputing; the famous advocate is next.
        QVERIFY(itemOf(page, SuggestionKind::Support).data().toString().startsWith(QStringLiteral("Famous")));
        QVERIFY(load(page));
        QVERIFY(itemOf(page, SuggestionKind::Support).data().toString().startsWith(QStringLiteral("Famous")));

        // Declining the question marks it done without logging anything.
        viewOf(page)->setCurrentIndex(itemOf(page, SuggestionKind::Support));
        DialogService::queueConfirm(false);
        press(page, Qt::Key_D);
        QCOMPARE(w.s.ws().touchpoints().forPerson(w.famous)->size(), 0);
        QVERIFY(load(page));
        QCOMPARE(page.model()->rowCount(page.model()->sectionIndex(SuggestionKind::Support)), 0);
    }

    void introducingLogsBothAndTiesThem() {
        World w;
        TodayPage page(w.s.ws());
        page.show();
        QVERIFY(load(page));
        viewOf(page)->setCurrentIndex(itemOf(page, SuggestionKind::Introduce));
        DialogService::queueConfirm(true);
        press(page, Qt::Key_D);
        auto tie = w.s.ws().ties().between(w.anna, w.boris);
        QVERIFY(tie && tie->has_value());
        QCOMPARE((*tie)->origin, TieOrigin::Introduction);
        QCOMPARE(w.s.ws().touchpoints().forPerson(w.anna)->first().kind, TouchpointKind::Introduced);
        QCOMPARE(w.s.ws().touchpoints().forPerson(w.boris)->first().kind, TouchpointKind::Introduced);
    }

    void dismissAndSnoozeWithOneKey() {
        World w;
        TodayPage page(w.s.ws());
        page.show();
        QVERIFY(load(page));
        viewOf(page)->setCurrentIndex(itemOf(page, SuggestionKind::Introduce));
        press(page, Qt::Key_Delete);
        QCOMPARE(page.model()->rowCount(page.model()->sectionIndex(SuggestionKind::Introduce)), 0);
        viewOf(page)->setCurrentIndex(itemOf(page, SuggestionKind::Support));
        press(page, Qt::Key_S);
        auto snoozed = w.s.ws().feedback().latestByKind(QStringLiteral("support"));
        QVERIFY(snoozed);
        const auto f = snoozed->value(QStringLiteral("person:%1").arg(w.small));
        QCOMPARE(f.action, FeedbackAction::Snoozed);
        QCOMPARE(f.until, w.s.now().addDays(7));
        QVERIFY(load(page));
        QCOMPARE(page.model()->rowCount(page.model()->sectionIndex(SuggestionKind::Introduce)), 0);
        QVERIFY(itemOf(page, SuggestionKind::Support).data().toString().startsWith(QStringLiteral("Famous")));
        // A week and a day later the snoozed suggestion is back; the dismissed pair is not.
        w.s.temp().clock().set(w.s.now().addDays(8));
        QVERIFY(load(page));
        bool back = false;
        const QModelIndex support = page.model()->sectionIndex(SuggestionKind::Support);
        for (int i = 0; i < page.model()->rowCount(support); ++i)
            back = back ||
                   page.model()->index(i, 0, support).data().toString().startsWith(QStringLiteral("Small"));
        QVERIFY(back);
        QCOMPARE(page.model()->rowCount(page.model()->sectionIndex(SuggestionKind::Introduce)), 0);
    }

    void openGoesToThePostOrThePerson() {
        World w;
        TodayPage page(w.s.ws());
        page.show();
        QVERIFY(load(page));
        QSignalSpy conversations(&page, &TodayPage::conversationActivated);
        QSignalSpy people(&page, &TodayPage::personActivated);
        viewOf(page)->setCurrentIndex(itemOf(page, SuggestionKind::Support));
        press(page, Qt::Key_Return);
        QCOMPARE(conversations.count(), 1);
        QCOMPARE(conversations.first().first().value<Id>(), w.smallPost);
        viewOf(page)->setCurrentIndex(itemOf(page, SuggestionKind::Introduce));
        press(page, Qt::Key_Return);
        QCOMPARE(people.count(), 1);
    }

    void balanceNudgesWhenBroadcastingDominates() {
        World w;
        for (int i = 0; i < 5; ++i)
            w.s.touch(w.famous, TouchpointKind::Broadcast, 2 + i);
        w.s.touch(w.small, TouchpointKind::Replied, 4);
        TodayPage page(w.s.ws());
        page.show();
        QVERIFY(load(page));
        auto* balance = page.findChild<QLabel*>(QStringLiteral("balance"));
        QVERIFY2(balance->text().contains(QStringLiteral("Broadcasting has taken over")),
                 qPrintable(balance->text()));
        QVERIFY(balance->property("nudge").toBool());

        // Doing things with people tips it back: no nudge.
        for (int i = 0; i < 6; ++i)
            w.s.touch(w.small, TouchpointKind::Helped, 1 + i);
        QVERIFY(load(page));
        QVERIFY(!balance->property("nudge").toBool());
        QVERIFY(balance->text().contains(QStringLiteral("done with people")));
    }

    void todayIsTheFirstPageOfTheWindow() {
        World w;
        MainWindow window(w.s.ws());
        StandardPages pages(window, w.s.ws());
        QCOMPARE(window.page(PageId::Today), pages.today());
        window.showPage(PageId::Today);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!pages.today()->isLoading() && pages.today()->model()->rowCount() == 5);
        QSignalSpy shown(&window, &MainWindow::pageShown);
        pages.today()->openCurrent(); // the small advocate's post opens on the Conversations page
        QCOMPARE(window.currentPage(), PageId::Conversations);
    }
};

QTEST_MAIN(TestToday)
#include "tst_today.moc"
