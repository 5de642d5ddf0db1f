// PeopleView's actions: new, edit, delete and the bulk changes, each through the undo stack.
#include "PeopleBulkCommands.h"
#include "PeopleTableModel.h"
#include "PeopleView.h"
#include "PersonCommands.h"
#include "PersonEditor.h"
#include "PersonProfile.h"
#include "shell/DialogService.h"
#include "shell/Plural.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace chorus::ui {

QToolBar* PeopleView::buildToolBar() {
    auto* bar = new QToolBar(tr("People"), this);
    bar->setObjectName(QStringLiteral("peopleToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* add = bar->addAction(tr("New Person"), this, &PeopleView::newPerson);
    add->setObjectName(QStringLiteral("actionNewPerson"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setShortcutContext(Qt::WindowShortcut);
    add->setToolTip(tr("Add a person (%1)").arg(add->shortcut().toString(QKeySequence::NativeText)));

    auto* edit = new QAction(tr("Edit"), this);
    edit->setObjectName(QStringLiteral("actionEditPerson"));
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(edit, &QAction::triggered, this, [this] { editPerson(m_profile->personId()); });
    addAction(edit);
    auto* remove = new QAction(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("actionDeletePerson"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] { deletePerson(m_profile->personId()); });
    m_table->addAction(remove);

    bar->addSeparator();
    auto* stanceMenu = new QMenu(tr("Set Stance"), this);
    for (const QString& key : stanceKeys()) {
        const Stance stance = *stanceFromKey(key);
        stanceMenu->addAction(stanceLabel(stance), this, [this, stance] { setStanceOfSelection(stance); });
    }
    auto* stanceButton = new QToolButton(bar);
    stanceButton->setText(tr("Set Stance"));
    stanceButton->setObjectName(QStringLiteral("peopleSetStance"));
    stanceButton->setMenu(stanceMenu);
    stanceButton->setPopupMode(QToolButton::InstantPopup);
    stanceButton->setToolTip(tr("Set the stance of everyone selected"));
    bar->addWidget(stanceButton);
    auto* tag = bar->addAction(tr("Add Tag…"), this, &PeopleView::tagSelection);
    tag->setObjectName(QStringLiteral("actionTagPeople"));
    tag->setToolTip(tr("Add a tag to everyone selected"));
    auto* archive = bar->addAction(tr("Archive"), this, &PeopleView::archiveSelection);
    archive->setObjectName(QStringLiteral("actionArchivePeople"));
    archive->setToolTip(tr("Archive everyone selected (they stay in the workspace, hidden from lists)"));
    return bar;
}

void PeopleView::reportError(const QString& message) {
    if (m_side->currentWidget() == m_editor)
        m_editor->showError(message);
    emit statusMessage(message);
}

void PeopleView::newPerson() {
    m_editor->edit(Person{});
    m_side->setCurrentWidget(m_editor);
}

void PeopleView::editPerson(Id id) {
    auto person = m_workspace.people().get(id);
    if (!person)
        return;
    m_editor->edit(*person);
    m_side->setCurrentWidget(m_editor);
}

void PeopleView::onSaveRequested(const Person& before, const Person& after) {
    const auto sink = [this](const QString& message) {
        reportError(message);
    };
    if (before.id == 0) {
        auto* command = new AddPersonCommand(m_workspace, after, sink);
        const int countBefore = m_undoStack->count();
        m_undoStack->push(command); // deleted here if it failed
        if (m_undoStack->count() == countBefore)
            return;
        const Id id =
            static_cast<const AddPersonCommand*>(m_undoStack->command(m_undoStack->count() - 1))->personId();
        showPerson(id);
        emit statusMessage(tr("Added %1.").arg(after.name));
        return;
    }
    const int countBefore = m_undoStack->count();
    m_undoStack->push(new EditPersonCommand(m_workspace, before, after, sink));
    if (m_undoStack->count() == countBefore && before != after)
        return;
    showPerson(after.id);
}

void PeopleView::deletePerson(Id id) {
    const auto people = m_workspace.people().basics({id}).valueOr({});
    if (people.isEmpty())
        return;
    const QString name = people.constFirst().name;
    if (!DialogService::confirm(this, tr("Delete Person"),
                                tr("Delete %1 with their identities, touchpoints, notes and follow-ups?\n\n"
                                   "You can undo this with Edit ▸ Undo.")
                                    .arg(name),
                                tr("Delete")))
        return;
    m_undoStack->push(new DeletePersonCommand(m_workspace, id, name,
                                              [this](const QString& message) { reportError(message); }));
    emit statusMessage(tr("Deleted %1.").arg(name));
}

void PeopleView::setStanceOfSelection(Stance stance) {
    const QVector<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_undoStack->push(
        new SetStanceCommand(m_workspace, ids, stance, [this](const QString& m) { reportError(m); }));
}

void PeopleView::tagSelection() {
    const QVector<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto tag = DialogService::askText(
        this, tr("Add Tag"), countOf(int(ids.size()), tr("Tag for 1 person:"), tr("Tag for %L1 people:")));
    if (!tag || tag->trimmed().isEmpty())
        return;
    m_undoStack->push(
        new TagPeopleCommand(m_workspace, ids, *tag, [this](const QString& m) { reportError(m); }));
}

void PeopleView::archiveSelection() {
    const QVector<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_undoStack->push(
        new SetArchivedCommand(m_workspace, ids, true, [this](const QString& m) { reportError(m); }));
}

} // namespace chorus::ui
