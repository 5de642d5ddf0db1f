#include "StandardPages.h"

#include "MainWindow.h"
#include "conversations/ConversationsView.h"
#include "events/EventsView.h"
#include "people/PeopleView.h"
#include "preferences/PreferencesDialog.h"
#include "search/SearchField.h"
#include "today/TodayPage.h"

namespace chorus::ui {

StandardPages::StandardPages(MainWindow& window, Workspace& workspace)
    : QObject(&window)
    , m_window(window) {
    m_people = new PeopleView(workspace, window.undoStack(), &window);
    connect(m_people, &PeopleView::statusMessage, &window,
            [this](const QString& text) { m_window.showMessage(text); });
    window.setPage(PageId::People, m_people);

    const auto openPerson = [this](Id id) {
        m_window.showPage(PageId::People);
        m_people->showPerson(id);
    };
    m_conversations = new ConversationsView(workspace, window.undoStack(), &window);
    connect(m_conversations, &ConversationsView::personActivated, this, openPerson);
    connect(m_conversations, &ConversationsView::statusMessage, &window,
            [this](const QString& text) { m_window.showMessage(text); });
    window.setPage(PageId::Conversations, m_conversations);
    m_events = new EventsView(workspace, window.undoStack(), &window);
    connect(m_events, &EventsView::personActivated, this, openPerson);
    window.setPage(PageId::Events, m_events);
    connect(m_people, &PeopleView::conversationActivated, this, [this](Id id) {
        m_window.showPage(PageId::Conversations);
        m_conversations->showConversation(id);
    });

    // Today: the first page, the suggestions; its links open people and threads on their pages.
    m_today = new TodayPage(workspace, &window);
    connect(m_today, &TodayPage::personActivated, this, openPerson);
    connect(m_today, &TodayPage::conversationActivated, this, [this](Id id) {
        m_window.showPage(PageId::Conversations);
        m_conversations->showConversation(id);
    });
    connect(m_today, &TodayPage::statusMessage, &window,
            [this](const QString& text) { m_window.showMessage(text); });
    window.setPage(PageId::Today, m_today);

    m_search = new SearchField(workspace);
    window.setSearchWidget(m_search);
    connect(m_search, &SearchField::hitActivated, this, &StandardPages::open);
    connect(&window, &MainWindow::preferencesRequested, this, [this, &workspace] {
        PreferencesDialog dialog(workspace, &m_window);
        // Focus topics, the half-life and the weights all change the suggestions: Today computes them again.
        if (dialog.exec() == QDialog::Accepted)
            m_today->reload();
    });
}

void StandardPages::open(const SearchHit& hit) {
    if (hit.personId > 0) {
        m_window.showPage(PageId::People);
        m_people->showPerson(hit.personId);
        return;
    }
    if (hit.conversationId > 0 || hit.kind == SearchKind::Conversation) {
        m_window.showPage(PageId::Conversations);
        m_conversations->showConversation(hit.conversationId > 0 ? hit.conversationId : hit.id);
        return;
    }
    if (hit.eventId > 0 || hit.kind == SearchKind::Event) {
        m_window.showPage(PageId::Events);
        m_events->showEventDetails(hit.eventId > 0 ? hit.eventId : hit.id);
    }
}

} // namespace chorus::ui
