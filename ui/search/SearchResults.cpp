#include "SearchResults.h"

#include <QHeaderView>
#include <QSet>

namespace chorus::ui {

namespace {

constexpr int MaxPerGroup = 8;
constexpr int HitRole = Qt::UserRole + 1;

SearchKind groupOf(SearchKind kind) {
    return kind == SearchKind::Identity ? SearchKind::Person : kind;
}

} // namespace

SearchResults::SearchResults(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("searchResults"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setColumnCount(2);
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemsExpandable(false);
    setIndentation(12);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QVariant index = item->data(0, HitRole);
        if (index.isValid())
            emit hitActivated(m_hits.at(index.toInt()));
    });
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { emit itemActivated(item, 0); });
}

QString SearchResults::groupTitle(SearchKind kind) {
    switch (groupOf(kind)) {
    case SearchKind::Person:
        return tr("People");
    case SearchKind::Conversation:
        return tr("Conversations");
    case SearchKind::Note:
        return tr("Notes");
    case SearchKind::Event:
        return tr("Events");
    default:
        return {};
    }
}

void SearchResults::setHits(const QVector<SearchHit>& hits, const QString& query) {
    clear();
    m_hits.clear();
    const SearchKind order[] = {SearchKind::Person, SearchKind::Conversation, SearchKind::Note,
                                SearchKind::Event};
    QSet<Id> people;
    for (SearchKind group : order) {
        QTreeWidgetItem* heading = nullptr;
        int shown = 0;
        for (const SearchHit& hit : hits) {
            if (groupOf(hit.kind) != group || shown == MaxPerGroup)
                continue;
            if (group == SearchKind::Person) {
                if (people.contains(hit.personId))
                    continue;
                people.insert(hit.personId);
            }
            if (!heading) {
                heading = new QTreeWidgetItem(this, {groupTitle(group)});
                heading->setFlags(Qt::ItemIsEnabled);
                QFont bold = heading->font(0);
                bold.setBold(true);
                heading->setFont(0, bold);
                heading->setFirstColumnSpanned(true);
            }
            // A snippet that only repeats the title says nothing more.
            const QString snippet = hit.snippet.simplified();
            auto* item = new QTreeWidgetItem(
                heading, {hit.title, snippet == hit.title.simplified() ? QString() : snippet});
            item->setToolTip(1, hit.snippet);
            item->setData(0, HitRole, int(m_hits.size()));
            m_hits << hit;
            ++shown;
        }
    }
    if (m_hits.isEmpty() && !query.trimmed().isEmpty()) {
        auto* none = new QTreeWidgetItem(this, {tr("Nothing matches “%1”.").arg(query.trimmed())});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    expandAll();
    if (!m_hits.isEmpty())
        step(+1);
}

void SearchResults::fitTitleColumn(int maximum) {
    setColumnWidth(0, qMin(sizeHintForColumn(0) + 24, maximum));
}

std::optional<SearchHit> SearchResults::currentHit() const {
    if (m_hits.isEmpty())
        return std::nullopt;
    const QTreeWidgetItem* item = currentItem();
    const QVariant index = item ? item->data(0, HitRole) : QVariant();
    return m_hits.at(index.isValid() ? index.toInt() : 0);
}

void SearchResults::step(int direction) {
    QTreeWidgetItem* item = currentItem();
    if (!item || !item->data(0, HitRole).isValid())
        item = direction > 0 ? topLevelItem(0) : nullptr;
    else
        item = direction > 0 ? itemBelow(item) : itemAbove(item);
    while (item && !item->data(0, HitRole).isValid())
        item = direction > 0 ? itemBelow(item) : itemAbove(item);
    if (item)
        setCurrentItem(item);
}

} // namespace chorus::ui
