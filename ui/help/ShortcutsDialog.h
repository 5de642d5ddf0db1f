#pragma once

#include <QDialog>

class QTreeWidget;

namespace chorus::ui {

class MainWindow;

/// Help ▸ Keyboard Shortcuts: every shortcut of the window's actions, read from the actions themselves (so
/// the list cannot go stale), grouped by menu, followed by the keys that work inside lists and forms.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(MainWindow& window, QWidget* parent = nullptr);

    QTreeWidget* table() const { return m_table; }
    /// Every row as "Group | What | Keys", for tests and copying.
    QStringList rows() const;

private:
    void addGroup(const QString& title, const QList<QPair<QString, QString>>& rows);

    QTreeWidget* m_table = nullptr;
};

} // namespace chorus::ui
