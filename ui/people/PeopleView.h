#pragma once

#include "model/Person.h"

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QUndoStack;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class PeopleFilterBar;
class PeopleTableModel;
class PersonEditor;
class PersonProfile;

/// The People page: filter bar, the people table (multi-select) and the profile of the current person.
class PeopleView final : public QWidget {
    Q_OBJECT
public:
    PeopleView(Workspace& workspace, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~PeopleView() override;

    /// Selects the person in the table (when the filter shows them) and opens their profile.
    void showPerson(Id id);
    QVector<Id> selectedIds() const;
    PeopleTableModel* model() const { return m_model; }
    PersonProfile* profile() const { return m_profile; }
    PersonEditor* editor() const { return m_editor; }

    /// Opens the editor on an empty person (the "New Person" action).
    void newPerson();
    /// Opens the editor on this person, beside the table.
    void editPerson(Id id);
    /// Asks first, then deletes (undoably).
    void deletePerson(Id id);
    void setStanceOfSelection(Stance stance);
    void tagSelection();
    void archiveSelection();

signals:
    /// Something to tell the user in the status bar (an edit that could not be stored…).
    void statusMessage(const QString& text);
    /// The profile asked to open a thread.
    void conversationActivated(chorus::Id id);

private:
    void moveToFrontOfTabChain(QWidget* first);
    QToolBar* buildToolBar();
    void onSaveRequested(const Person& before, const Person& after);
    void reportError(const QString& message);
    void onCurrentChanged();
    void restoreState();
    void saveState() const;

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    PeopleFilterBar* m_filterBar = nullptr;
    PeopleTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    PersonProfile* m_profile = nullptr;
    PersonEditor* m_editor = nullptr;
    QStackedWidget* m_side = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace chorus::ui
