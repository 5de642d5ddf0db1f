#include "UiTestSupport.h"
#include "people/PeopleTableModel.h"
#include "people/PeopleView.h"
#include "people/PersonProfile.h"
#include "support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace chorus;
using namespace chorus::ui;

class TestPeopleView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings("tst_peopleview"); }

    void theModelFetchesInBatches() {
        test::TempWorkspace tw;
        for (int i = 0; i < 600; ++i)
            tw.addPerson(QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')));
        PeopleTableModel model(tw.ws());
        QCOMPARE(model.matchCount(), 600);
        QCOMPARE(model.rowCount(), PeopleTableModel::BatchSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PeopleTableModel::BatchSize);
        QCOMPARE(model.data(model.index(0, PeopleTableModel::Name)).toString(), QStringLiteral("Person 000"));
        // Sorting descending asks storage again.
        model.sort(PeopleTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, PeopleTableModel::Name)).toString(), QStringLiteral("Person 599"));
        // A person beyond the loaded batches is found by loading up to them.
        const Id last = model.idAt(0);
        model.sort(PeopleTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(model.rowOf(last), 599);
        QCOMPARE(model.rowCount(), 600);
    }

    void changesMoveRowsWithoutReset() {
        test::TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        tw.addPerson(QStringLiteral("Bea"));
        PeopleTableModel model(tw.ws());
        QAbstractItemModelTester tester(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        tw.addPerson(QStringLiteral("Abe"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Abe"));
        Person p = *tw->people().get(ada);
        p.name = QStringLiteral("Zoe");
        QVERIFY(tw->people().update(p).ok());
        QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("Zoe"));
        QVERIFY(tw->people().remove(ada).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.count(), 0);
    }

    void filterTheTableAndOpenAProfile() {
        test::TempWorkspace tw;
        Person ada;
        ada.name = QStringLiteral("Ada Lovelace");
        ada.organisation = QStringLiteral("Analytical Engines");
        ada.stance = Stance::Champion;
        ada.identities = {Identity{0, 0, QStringLiteral("github"), QStringLiteral("ada"),
                                   QStringLiteral("https://github.com/ada")}};
        ada.topics = {PersonTopic{0, QStringLiteral("Rust on Windows"), 0.8}};
        ada.tags = {QStringLiteral("speaker")};
        const Id adaId = *tw->people().add(ada);
        const Id grace =
            tw.addPerson(QStringLiteral("Grace Hopper"), Stance::Sceptic, QStringLiteral("Navy"));
        for (int i = 0; i < 30; ++i)
            tw.addPerson(QStringLiteral("Someone %1").arg(i), Stance::Neutral);
        Tie tie;
        tie.personA = adaId;
        tie.personB = grace;
        QVERIFY(tw->ties().add(tie).ok());
        Touchpoint touch;
        touch.personId = adaId;
        touch.kind = TouchpointKind::Amplified;
        touch.at = tw.clock().now().addDays(-3);
        touch.note = QStringLiteral("Shared her compiler talk");
        QVERIFY(tw->touchpoints().add(touch).ok());
        Note note;
        note.subject = NoteSubject::Person;
        note.subjectId = adaId;
        note.body = QStringLiteral("Wants to co-write a guide");
        QVERIFY(tw->notes().add(note).ok());

        QUndoStack undo;
        PeopleView view(tw.ws(), &undo);
        view.resize(1200, 700);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("peopleTable"));
        QCOMPARE(table->model()->rowCount(), 32);

        // Free text, applied as the user pauses.
        auto* text = view.findChild<QLineEdit*>(QStringLiteral("peopleFilterText"));
        QTest::keyClicks(text, QStringLiteral("lovelace"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Ada Lovelace"));
        text->clear();
        QTRY_COMPARE(table->model()->rowCount(), 32);

        // Stance and tag.
        auto* stance = view.findChild<QComboBox*>(QStringLiteral("peopleFilterStance"));
        stance->setCurrentIndex(stance->findData(QStringLiteral("sceptic")));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Grace Hopper"));
        stance->setCurrentIndex(0);
        auto* tag = view.findChild<QComboBox*>(QStringLiteral("peopleFilterTag"));
        tag->setCurrentIndex(tag->findText(QStringLiteral("speaker")));
        QCOMPARE(table->model()->rowCount(), 1);
        auto* count = view.findChild<QLabel*>(QStringLiteral("peopleMatchCount"));
        QCOMPARE(count->text(), QStringLiteral("1 person"));

        // Click the row: the profile opens with links, topics with weights, the tie and the timeline.
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto* name = view.findChild<QLabel*>(QStringLiteral("profileName"));
        QCOMPARE(name->text(), QStringLiteral("Ada Lovelace"));
        auto* identities = view.findChild<QLabel*>(QStringLiteral("profileIdentities"));
        QVERIFY(identities->text().contains(QStringLiteral("href=\"https://github.com/ada\"")));
        QVERIFY(
            view.findChild<QLabel*>(QStringLiteral("profileTopics"))->text().contains(QStringLiteral("80%")));
        auto* timeline = view.findChild<QTreeWidget*>(QStringLiteral("profileTimeline"));
        QCOMPARE(timeline->topLevelItemCount(), 2);
        // Newest first: the note (written now) before the touchpoint three days ago.
        QCOMPARE(timeline->topLevelItem(0)->text(2), QStringLiteral("Wants to co-write a guide"));
        QCOMPARE(timeline->topLevelItem(1)->text(1), QStringLiteral("Amplified their work"));

        // Following the tie opens Grace's profile.
        auto* ties = view.findChild<QLabel*>(QStringLiteral("profileTies"));
        QVERIFY(ties->text().contains(QStringLiteral("Grace Hopper")));
        emit ties->linkActivated(QStringLiteral("chorus-person:%1").arg(grace));
        QCOMPARE(name->text(), QStringLiteral("Grace Hopper"));
        QCOMPARE(view.profile()->personId(), grace);
    }

    void emptyStatesSayWhatToDo() {
        test::TempWorkspace tw;
        QUndoStack undo;
        PeopleView view(tw.ws(), &undo);
        view.resize(1000, 600);
        view.show();
        auto* empty = view.findChild<QLabel*>(QStringLiteral("peopleTableEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No people yet.")));
        tw.addPerson(QStringLiteral("Ada"));
        QVERIFY(!empty->isVisible());
        view.findChild<QLineEdit*>(QStringLiteral("peopleFilterText"))->setText(QStringLiteral("zebra"));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Nobody matches these filters."));
    }

    void multiSelectCollectsIds() {
        test::TempWorkspace tw;
        for (const char* n : {"Ada", "Bea", "Cy"})
            tw.addPerson(QLatin1String(n));
        QUndoStack undo;
        PeopleView view(tw.ws(), &undo);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("peopleTable"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          table->visualRect(table->model()->index(2, 0)).center());
        QCOMPARE(view.selectedIds().size(), 3);
    }
};

QTEST_MAIN(TestPeopleView)
#include "tst_peopleview.moc"
