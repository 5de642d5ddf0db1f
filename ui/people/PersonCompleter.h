#pragma once

#include "model/Ids.h"

#include <QCompleter>

class QLineEdit;
class QStandardItemModel;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Completes a person by name or handle as the user types into `edit` (full-text prefix search over
/// people and their identities). chosenId() is the person picked from the list, or 0 when the text was
/// typed by hand or edited since.
class PersonCompleter final : public QCompleter {
    Q_OBJECT
public:
    PersonCompleter(Workspace& workspace, QLineEdit* edit);

    Id chosenId() const { return m_chosen; }
    /// The person the text names: the chosen one, else the only completion whose name or handle equals
    /// the text (case aside); 0 when none or several match.
    Id resolve() const;
    /// Refreshes the suggestions for the edit's text now (it otherwise follows typing).
    void update();

signals:
    void personChosen(chorus::Id id);

private:
    Workspace& m_workspace;
    QLineEdit* m_edit;
    QStandardItemModel* m_items;
    Id m_chosen = 0;
};

} // namespace chorus::ui
