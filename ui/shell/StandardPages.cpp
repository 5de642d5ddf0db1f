#include "StandardPages.h"

#include "MainWindow.h"
#include "people/PeopleView.h"
#include "search/SearchField.h"

namespace chorus::ui {

StandardPages::StandardPages(MainWindow& window, Workspace& workspace)
    : QObject(&window)
    , m_window(window) {
    m_people = new PeopleView(workspace, window.undoStack(), &window);
    connect(m_people, &PeopleView::statusMessage, &window,
            [this](const QString& text) { m_window.showMessage(text); });
    window.setPage(PageId::People, m_people);

    m_search = new SearchField(workspace);
    window.setSearchWidget(m_search);
    connect(m_search, &SearchField::hitActivated, this, &StandardPages::open);
}

void StandardPages::open(const SearchHit& hit) {
    if (hit.personId > 0) {
        m_window.showPage(PageId::People);
        m_people->showPerson(hit.personId);
        return;
    }
    if (hit.conversationId > 0 || hit.kind == SearchKind::Conversation) {
        m_window.showPage(PageId::Conversations);
        return;
    }
    if (hit.eventId > 0 || hit.kind == SearchKind::Event)
        m_window.showPage(PageId::Events);
}

} // namespace chorus::ui
