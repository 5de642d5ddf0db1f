#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class SuggestionWeightsPage;

/// Edit ▸ Preferences: where the default workspace lives, the focus topics and the relationship-health
/// half-life and the suggestion weights (stored in the workspace, so they travel with it), and the theme
/// (this computer). Nothing is written until OK (Cancel leaves everything as it was); apply() checks
/// everything first, then writes only what changed.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(Workspace& workspace, QWidget* parent = nullptr);

    /// Writes the changes; returns an error message or an empty string.
    QString apply();
    /// Where Chorus opens when no workspace is named (QSettings "workspaces/default", else the data folder).
    static QString defaultWorkspacePath();

private:
    void accept() override;

    Workspace& m_workspace;
    QLineEdit* m_location = nullptr;
    QListWidget* m_topics = nullptr;
    QSpinBox* m_halfLife = nullptr;
    QComboBox* m_theme = nullptr;
    SuggestionWeightsPage* m_weights = nullptr;
};

} // namespace chorus::ui
