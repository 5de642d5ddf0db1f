#pragma once

#include "model/Ids.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Asks who publishes a feed (a name, handle or id) and its address (a feed, or a page that names it), and
/// adds the source on OK. Mistakes are shown in the dialog, which stays open.
class AddSourceDialog final : public QDialog {
    Q_OBJECT
public:
    AddSourceDialog(Workspace& workspace, const QString& person, QWidget* parent = nullptr);

    Id addedSourceId() const { return m_added; }
    QLineEdit* personEdit() const { return m_person; }
    QLineEdit* urlEdit() const { return m_url; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void showError(const QString& text);

    Workspace& m_workspace;
    QLineEdit* m_person;
    QLineEdit* m_url;
    QLabel* m_error;
    Id m_added = 0;
};

} // namespace chorus::ui
