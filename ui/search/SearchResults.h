#pragma once

#include "storage/SearchRepository.h"

#include <QTreeWidget>

namespace chorus::ui {

/// The grouped results under the search field (People, Conversations, Notes, Events). Group headings
/// cannot be selected; moving up and down skips them.
class SearchResults final : public QTreeWidget {
    Q_OBJECT
public:
    explicit SearchResults(QWidget* parent = nullptr);

    /// Replaces the results; identity hits count as their person, each person listed once.
    void setHits(const QVector<SearchHit>& hits, const QString& query);
    /// The hit of the current row, or of the first row when none is current.
    std::optional<SearchHit> currentHit() const;
    int hitCount() const { return int(m_hits.size()); }
    /// Moves the current row by one hit (+1 down, -1 up).
    void step(int direction);
    /// Makes the title column as wide as its widest title, but at most `maximum` pixels.
    void fitTitleColumn(int maximum);
    /// The heading shown above each kind ("People"…).
    static QString groupTitle(SearchKind kind);

signals:
    void hitActivated(const chorus::SearchHit& hit);

private:
    QVector<SearchHit> m_hits;
};

} // namespace chorus::ui
