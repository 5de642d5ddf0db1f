#include "SearchField.h"

#include "SearchResults.h"
#include "storage/Workspace.h"

#include <QKeyEvent>

namespace chorus::ui {

namespace {
constexpr int HitLimit = 150; // enough that every kind can show its best few
}

SearchField::SearchField(Workspace& workspace, QWidget* parent)
    : QLineEdit(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(tr("Search people, handles, threads, notes… (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMinimumWidth(320);
    setMaximumWidth(480);
    m_results = new SearchResults;
    m_results->hide();
    connect(m_results, &SearchResults::hitActivated, this, &SearchField::activate);
    m_typing.setSingleShot(true);
    m_typing.setInterval(120);
    connect(&m_typing, &QTimer::timeout, this, &SearchField::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            hideResults();
    });
}

SearchField::~SearchField() {
    delete m_results; // it may live in the window, not under this field
}

void SearchField::searchNow() {
    m_typing.stop();
    const QString query = text();
    if (query.trimmed().isEmpty()) {
        hideResults();
        return;
    }
    const auto hits = m_workspace.search().search(query, HitLimit);
    m_results->setHits(hits.valueOr({}), query);
    showResults();
}

void SearchField::showResults() {
    // The results float over the page, under the field, inside the same window (no popup grabbing focus).
    QWidget* host = window();
    if (m_results->parentWidget() != host)
        m_results->setParent(host);
    const int width = qMax(this->width() + 160, 520);
    const int rows = qMax(1, m_results->topLevelItemCount() + m_results->hitCount());
    const int rowHeight = fontMetrics().height() + 8;
    const int height = qMin(rows * rowHeight + 8, qMax(200, host->height() / 2));
    QPoint under = mapTo(host, QPoint(this->width() - width, this->height() + 2));
    under.setX(qMax(4, under.x()));
    m_results->setGeometry(QRect(under, QSize(width, height)));
    // Titles get what they need up to three fifths; snippets take the rest.
    m_results->fitTitleColumn(width * 3 / 5);
    m_results->raise();
    m_results->show();
}

void SearchField::hideResults() {
    m_results->hide();
}

void SearchField::activate(const SearchHit& hit) {
    hideResults();
    emit hitActivated(hit);
}

void SearchField::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (!m_results->isVisible())
            searchNow();
        m_results->step(event->key() == Qt::Key_Down ? +1 : -1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_typing.isActive() || !m_results->isVisible())
            searchNow();
        if (const auto hit = m_results->currentHit())
            activate(*hit);
        return;
    case Qt::Key_Escape:
        if (m_results->isVisible()) {
            hideResults();
            return;
        }
        clear();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchField::focusOutEvent(QFocusEvent* event) {
    QLineEdit::focusOutEvent(event);
    // A click on a result arrives after focus left: hide only when focus went elsewhere for good.
    if (event->reason() != Qt::PopupFocusReason && !m_results->underMouse())
        hideResults();
}

} // namespace chorus::ui
