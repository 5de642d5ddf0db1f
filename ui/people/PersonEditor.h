#pragma once

#include "model/Person.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Edits one person in place (beside the table): fields, identities, topics with weights and tags.
/// Save checks everything first and names the field that is wrong (an empty name, a malformed email or
/// web address, a handle listed twice or already belonging to someone else on that platform); only a
/// valid person leaves through saveRequested().
class PersonEditor final : public QWidget {
    Q_OBJECT
public:
    explicit PersonEditor(Workspace& workspace, QWidget* parent = nullptr);

    /// Starts editing `person` (id 0: a new person).
    void edit(const Person& person);
    Person original() const { return m_original; }
    /// The person as the form shows it now.
    Person current() const;
    /// The first problem with current(), or an empty string.
    QString problem() const;
    QString errorText() const;
    /// Shows a message under the form (a save that storage refused).
    void showError(const QString& message);

signals:
    void saveRequested(const chorus::Person& before, const chorus::Person& after);
    void cancelled();

private:
    void save();
    void addIdentityRow(const Identity& identity);
    QString identityConflict(const Person& person) const;

    Workspace& m_workspace;
    Person m_original;
    QLabel* m_title = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_location = nullptr;
    QComboBox* m_stance = nullptr;
    QLineEdit* m_reach = nullptr;
    QTableWidget* m_identities = nullptr;
    QLineEdit* m_topics = nullptr;
    QLineEdit* m_tags = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace chorus::ui
