#include "UiTestSupport.h"
#include "people/PeopleTableModel.h"
#include "people/PeopleView.h"
#include "people/PersonEditor.h"
#include "people/PersonProfile.h"
#include "shell/DialogService.h"
#include "support/TempWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace chorus;
using namespace chorus::ui;

class TestPersonEdit : public QObject {
    Q_OBJECT

    static void setIdentity(PeopleView& view, int row, const QString& platform, const QString& handle) {
        auto* table = view.findChild<QTableWidget*>(QStringLiteral("editIdentities"));
        while (table->rowCount() <= row)
            QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("editAddIdentity")),
                              Qt::LeftButton);
        auto* box = qobject_cast<QComboBox*>(table->cellWidget(row, 0));
        box->setCurrentIndex(box->findData(platform));
        table->item(row, 1)->setText(handle);
    }
    static void typeInto(PeopleView& view, const char* name, const QString& text) {
        auto* edit = view.findChild<QLineEdit*>(QLatin1String(name));
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    static void save(PeopleView& view) {
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("editSave")), Qt::LeftButton);
    }
    static QString error(PeopleView& view) { return view.editor()->errorText(); }

private slots:
    void initTestCase() { test::isolateSettings("tst_personedit"); }

    void createEditUndoRedo() {
        test::TempWorkspace tw;
        const Id grace = tw.addPerson(QStringLiteral("Grace Hopper"));
        {
            Person g = *tw->people().get(grace);
            g.identities = {Identity{0, grace, QStringLiteral("github"), QStringLiteral("grace"), {}}};
            QVERIFY(tw->people().update(g).ok());
        }
        QUndoStack undo;
        PeopleView view(tw.ws(), &undo);
        view.resize(1300, 800);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("peopleTable"));

        // New Person, saved with no name: a clear message, nothing stored.
        view.findChild<QAction*>(QStringLiteral("actionNewPerson"))->trigger();
        QVERIFY(view.editor()->isVisible());
        save(view);
        QCOMPARE(error(view), QStringLiteral("Name: a person needs a name."));
        QCOMPARE(undo.count(), 0);

        // A malformed email is named.
        typeInto(view, "editName", QStringLiteral("Ada Lovelace"));
        setIdentity(view, 0, QStringLiteral("email"), QStringLiteral("ada-at-example"));
        save(view);
        QVERIFY2(error(view).contains(QStringLiteral("\"ada-at-example\" is not an email address")),
                 qPrintable(error(view)));

        // A handle that already belongs to someone else on that platform is refused, naming them.
        setIdentity(view, 0, QStringLiteral("email"), QStringLiteral("ada@example.org"));
        setIdentity(view, 1, QStringLiteral("github"), QStringLiteral("grace"));
        save(view);
        QVERIFY2(error(view).contains(QStringLiteral("already belongs to Grace Hopper")),
                 qPrintable(error(view)));
        setIdentity(view, 1, QStringLiteral("github"), QStringLiteral("ada"));
        save(view);
        QVERIFY(error(view).isEmpty());
        QCOMPARE(undo.count(), 1);
        QCOMPARE(table->model()->rowCount(), 2);
        auto* profileName = view.findChild<QLabel*>(QStringLiteral("profileName"));
        QVERIFY(view.profile()->isVisible());
        QCOMPARE(profileName->text(), QStringLiteral("Ada Lovelace"));
        const Id ada = view.profile()->personId();
        QCOMPARE(tw->people().get(ada)->identities.size(), 2);

        // Edit in place: organisation and stance.
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("profileEdit")), Qt::LeftButton);
        typeInto(view, "editOrganisation", QStringLiteral("Analytical Engines"));
        auto* stance = view.findChild<QComboBox*>(QStringLiteral("editStance"));
        stance->setCurrentIndex(stance->findData(QStringLiteral("champion")));
        save(view);
        QCOMPARE(undo.count(), 2);
        QCOMPARE(tw->people().get(ada)->organisation, QStringLiteral("Analytical Engines"));
        QCOMPARE(tw->people().get(ada)->stance, Stance::Champion);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("profileSubtitle"))
                    ->text()
                    .contains(QStringLiteral("Analytical")));

        // Undo the edit, then the creation; redo both: same person, same id, same identities.
        undo.undo();
        QCOMPARE(tw->people().get(ada)->organisation, QString());
        QCOMPARE(tw->people().get(ada)->stance, Stance::Unknown);
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("profileSubtitle"))
                     ->text()
                     .contains(QStringLiteral("Analytical")));
        undo.undo();
        QVERIFY(!tw->people().exists(ada).value());
        QCOMPARE(table->model()->rowCount(), 1);
        undo.redo();
        QVERIFY(tw->people().exists(ada).value());
        QCOMPARE(tw->people().get(ada)->identities.size(), 2);
        QCOMPARE(table->model()->rowCount(), 2);
        undo.redo();
        QCOMPARE(tw->people().get(ada)->organisation, QStringLiteral("Analytical Engines"));
    }

    void editingIdentitiesUndoesExactly() {
        test::TempWorkspace tw;
        Person p;
        p.name = QStringLiteral("Ada");
        p.identities = {Identity{0, 0, QStringLiteral("github"), QStringLiteral("ada"), {}}};
        const Id ada = *tw->people().add(p);
        QUndoStack undo;
        PeopleView view(tw.ws(), &undo);
        view.show();
        view.editPerson(ada);
        auto* identities = view.findChild<QTableWidget*>(QStringLiteral("editIdentities"));
        identities->setCurrentCell(0, 1);
        identities->removeRow(0);
        save(view);
        QCOMPARE(tw->people().get(ada)->identities.size(), 0);
        undo.undo();
        const auto back = tw->people().get(ada)->identities;
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.constFirst().handle, QStringLiteral("ada"));
    }

    void deletingAsksFirstAndIsUndoable() {
        test::TempWorkspace tw;
        const Id ada = tw.addPerson(QStringLiteral("Ada"));
        Note note;
        note.subjectId = ada;
        note.body = QStringLiteral("met at FOSDEM");
        QVERIFY(tw->notes().add(note).ok());
        QUndoStack undo;
        PeopleView view(tw.ws(), &undo);
        view.show();
        view.showPerson(ada);

        DialogService::queueConfirm(false);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("profileDelete")), Qt::LeftButton);
        QVERIFY(tw->people().exists(ada).value());
        QCOMPARE(undo.count(), 0);

        DialogService::queueConfirm(true);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("profileDelete")), Qt::LeftButton);
        QVERIFY(!tw->people().exists(ada).value());
        QCOMPARE(view.model()->matchCount(), 0);
        undo.undo();
        QVERIFY(tw->people().exists(ada).value());
        QCOMPARE(tw->notes().forSubject(NoteSubject::Person, ada)->size(), 1);
        QCOMPARE(view.model()->matchCount(), 1);
    }

    void bulkChangesUndo() {
        test::TempWorkspace tw;
        const Id a = tw.addPerson(QStringLiteral("Ada"), Stance::Sceptic);
        const Id b = tw.addPerson(QStringLiteral("Bea"), Stance::Neutral);
        QUndoStack undo;
        PeopleView view(tw.ws(), &undo);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("peopleTable"));
        table->selectAll();
        view.setStanceOfSelection(Stance::Advocate);
        QCOMPARE(tw->people().get(a)->stance, Stance::Advocate);
        QCOMPARE(tw->people().get(b)->stance, Stance::Advocate);
        undo.undo();
        QCOMPARE(tw->people().get(a)->stance, Stance::Sceptic);
        QCOMPARE(tw->people().get(b)->stance, Stance::Neutral);

        DialogService::queueText(QStringLiteral("speaker"));
        table->selectAll();
        view.tagSelection();
        QCOMPARE(tw->people().get(a)->tags, QStringList{QStringLiteral("speaker")});
        undo.undo();
        QVERIFY(tw->people().get(a)->tags.isEmpty());

        table->selectAll();
        view.archiveSelection();
        QCOMPARE(view.model()->matchCount(), 0);
        undo.undo();
        QCOMPARE(view.model()->matchCount(), 2);
    }
};

QTEST_MAIN(TestPersonEdit)
#include "tst_personedit.moc"
