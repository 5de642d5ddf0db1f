#pragma once

#include "storage/SearchRepository.h"

#include <QObject>

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class ConversationsView;
class EventsView;
class MainWindow;
class PeopleView;
class SearchField;
class TodayPage;

/// The pages this library builds itself (Today, People, Conversations, Events) and the search field, installed
/// into a main window; opens a search hit on the page it belongs to. The composition root makes one per
/// window; GUI tests use the same wiring.
class StandardPages final : public QObject {
    Q_OBJECT
public:
    StandardPages(MainWindow& window, Workspace& workspace);

    PeopleView* people() const { return m_people; }
    ConversationsView* conversations() const { return m_conversations; }
    EventsView* events() const { return m_events; }
    SearchField* searchField() const { return m_search; }
    TodayPage* today() const { return m_today; }

    /// Shows the page of the hit with the hit open: a person (or a note about them), a conversation…
    void open(const SearchHit& hit);

private:
    MainWindow& m_window;
    PeopleView* m_people = nullptr;
    ConversationsView* m_conversations = nullptr;
    EventsView* m_events = nullptr;
    SearchField* m_search = nullptr;
    TodayPage* m_today = nullptr;
};

} // namespace chorus::ui
