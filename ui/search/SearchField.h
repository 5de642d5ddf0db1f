#pragma once

#include "SearchResults.h"
#include "storage/SearchRepository.h"

#include <QLineEdit>
#include <QPointer>
#include <QTimer>

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// The search field in the main toolbar (Edit ▸ Find, Ctrl+F): searches people, handles,
/// conversations, notes and events through the workspace's full-text index as the user types, shows the
/// hits grouped under the field, and opens the chosen one on Enter (Up/Down choose, Escape closes).
class SearchField final : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchField(Workspace& workspace, QWidget* parent = nullptr);
    ~SearchField() override;

    SearchResults* results() const { return m_results; }
    /// Runs the search for the current text now (it otherwise runs as the user pauses).
    void searchNow();

signals:
    void hitActivated(const chorus::SearchHit& hit);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void showResults();
    void hideResults();
    void activate(const SearchHit& hit);

    Workspace& m_workspace;
    QPointer<SearchResults> m_results; // lives in the window once shown; whoever goes first deletes it
    QTimer m_typing;
};

} // namespace chorus::ui
