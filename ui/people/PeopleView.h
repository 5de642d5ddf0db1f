#pragma once

#include "model/Ids.h"

#include <QWidget>

class QSplitter;
class QTableView;
class QUndoStack;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class PeopleFilterBar;
class PeopleTableModel;
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

private:
    void onCurrentChanged();
    void restoreState();
    void saveState() const;

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    PeopleFilterBar* m_filterBar = nullptr;
    PeopleTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    PersonProfile* m_profile = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace chorus::ui
