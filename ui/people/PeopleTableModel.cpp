#include "PeopleTableModel.h"

#include "storage/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

namespace chorus::ui {

namespace {

PersonSortKey sortKeyFor(int column) {
    switch (column) {
    case PeopleTableModel::Organisation:
        return PersonSortKey::Organisation;
    case PeopleTableModel::StanceColumn:
        return PersonSortKey::Stance;
    case PeopleTableModel::Topics:
        return PersonSortKey::Topics;
    case PeopleTableModel::Health:
        return PersonSortKey::Health;
    case PeopleTableModel::LastTouchpoint:
        return PersonSortKey::LastTouchpoint;
    case PeopleTableModel::OpenFollowUps:
        return PersonSortKey::OpenFollowUps;
    default:
        return PersonSortKey::Name;
    }
}

// True when `small` is `big` with some elements left out, order kept.
bool isSubsequence(const QVector<Id>& small, const QVector<Id>& big) {
    qsizetype j = 0;
    for (Id id : small) {
        while (j < big.size() && big[j] != id)
            ++j;
        if (j == big.size())
            return false;
        ++j;
    }
    return true;
}

} // namespace

PeopleTableModel::PeopleTableModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    m_ids = queryIds();
    m_loaded = int(qMin<qsizetype>(BatchSize, m_ids.size()));
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &PeopleTableModel::onChanged);
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_loaded;
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool PeopleTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_loaded < m_ids.size();
}

void PeopleTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const int more = int(qMin<qsizetype>(BatchSize, m_ids.size() - m_loaded));
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

Id PeopleTableModel::idAt(int row) const {
    return row >= 0 && row < m_loaded ? m_ids.at(row) : 0;
}

int PeopleTableModel::rowOf(Id id) {
    const qsizetype at = m_ids.indexOf(id);
    if (at < 0)
        return -1;
    while (m_loaded <= at)
        fetchMore({});
    return int(at);
}

const PersonRow* PeopleTableModel::rowData(int row) const {
    const Id id = m_ids.at(row);
    auto found = m_cache.constFind(id);
    if (found != m_cache.constEnd())
        return &found.value();
    if (m_cache.size() > 50 * PageSize)
        m_cache.clear(); // scrolled far: keep memory flat
    const int first = row - row % PageSize;
    const int last = qMin(first + PageSize, m_loaded);
    const auto rows = m_workspace.people().rows(m_ids.mid(first, last - first), m_workspace.clock().now(),
                                                m_workspace.settings().healthParameters());
    if (rows) {
        for (const PersonRow& r : *rows)
            m_cache.insert(r.id, r);
    }
    found = m_cache.constFind(id);
    if (found == m_cache.constEnd()) {
        PersonRow missing; // removed meanwhile: the change notification will drop the row
        missing.id = id;
        found = m_cache.insert(id, missing);
    }
    return &found.value();
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_loaded)
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    const PersonRow& r = *rowData(index.row());
    if (role == ArchivedRole)
        return r.archived;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return r.archived ? tr("%1 (archived)").arg(r.name) : r.name;
        case Organisation:
            return r.organisation;
        case StanceColumn:
            return stanceLabel(r.stance);
        case Topics:
            return r.topics;
        case Health:
            if (!r.hasHealth)
                return role == Qt::ToolTipRole ? tr("No touchpoints yet") : QString();
            return role == Qt::ToolTipRole ? tr("Relationship health %1 of 100").arg(qRound(r.health))
                                           : QVariant(qRound(r.health));
        case LastTouchpoint:
            return r.lastTouchpointAt.isValid()
                       ? QLocale().toString(r.lastTouchpointAt.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        case OpenFollowUps:
            return r.openFollowUps > 0 ? QVariant(r.openFollowUps) : QVariant(QString());
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Health || index.column() == OpenFollowUps))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Health && r.hasHealth && r.health < 25.0)
        return QBrush(QColor(0xc0, 0x39, 0x2b)); // going cold
    return {};
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Organisation:
        return tr("Organisation");
    case StanceColumn:
        return tr("Stance");
    case Topics:
        return tr("Topics");
    case Health:
        return tr("Health", "relationship health");
    case LastTouchpoint:
        return tr("Last touchpoint");
    case OpenFollowUps:
        return tr("Follow-ups", "open follow-ups");
    }
    return {};
}

void PeopleTableModel::sort(int column, Qt::SortOrder order) {
    PersonSort next{sortKeyFor(column), order == Qt::DescendingOrder};
    if (next == m_sort)
        return;
    m_sort = next;
    requery();
}

void PeopleTableModel::setFilter(const PersonFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    requery();
}

QVector<Id> PeopleTableModel::queryIds() {
    auto ids = m_workspace.people().queryIds(m_filter, m_sort, m_workspace.clock().now(),
                                             m_workspace.settings().healthParameters());
    m_error = ids ? QString() : ids.error().message;
    return ids.valueOr({});
}

void PeopleTableModel::requery() {
    beginResetModel();
    m_ids = queryIds();
    m_loaded = int(qMin<qsizetype>(BatchSize, m_ids.size()));
    m_cache.clear();
    endResetModel();
    emit matchCountChanged(matchCount());
}

void PeopleTableModel::onChanged(const Change& change) {
    switch (change.entity) {
    case Entity::Person:
        reconcile(queryIds(), change.ids);
        break;
    case Entity::Identity:
    case Entity::Topic:
    case Entity::Tag:
    case Entity::Touchpoint:
    case Entity::FollowUp:
    case Entity::Tie:
    case Entity::Setting:
        // Summary columns may have moved for anyone shown: re-read what is visible.
        m_cache.clear();
        reconcile(queryIds(), {});
        if (m_loaded > 0)
            emit dataChanged(index(0, 0), index(m_loaded - 1, ColumnCount - 1));
        break;
    case Entity::Workspace:
        requery();
        break;
    default:
        break;
    }
}

void PeopleTableModel::reconcile(QVector<Id> ids, const QVector<Id>& updated) {
    for (Id id : updated)
        m_cache.remove(id);
    const int countBefore = matchCount();
    if (ids.size() == m_ids.size() &&
        QSet<Id>(ids.cbegin(), ids.cend()) == QSet<Id>(m_ids.cbegin(), m_ids.cend())) {
        if (ids != m_ids) { // same people, new order (a rename under name order…): keep selections
            emit layoutAboutToBeChanged();
            QHash<Id, int> newRow;
            for (int i = 0; i < ids.size(); ++i)
                newRow.insert(ids[i], i);
            const QModelIndexList persistent = persistentIndexList();
            QModelIndexList moved;
            for (const QModelIndex& old : persistent) {
                const int row = newRow.value(m_ids.at(old.row()), -1);
                moved << (row >= 0 && row < m_loaded ? index(row, old.column()) : QModelIndex());
            }
            m_ids = std::move(ids);
            changePersistentIndexList(persistent, moved);
            emit layoutChanged();
        }
        for (Id id : updated) {
            const qsizetype row = m_ids.indexOf(id);
            if (row >= 0 && row < m_loaded)
                emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
        return;
    }
    if (ids.size() < m_ids.size() && isSubsequence(ids, m_ids)) {
        const QSet<Id> kept(ids.cbegin(), ids.cend());
        for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
            if (kept.contains(m_ids[row]))
                continue;
            if (row < m_loaded) {
                beginRemoveRows({}, row, row);
                m_ids.remove(row);
                --m_loaded;
                endRemoveRows();
            } else {
                m_ids.remove(row);
            }
        }
    } else if (ids.size() > m_ids.size() && isSubsequence(m_ids, ids)) {
        for (int row = 0; row < ids.size(); ++row) {
            if (row < m_ids.size() && m_ids[row] == ids[row])
                continue;
            if (row <= m_loaded) {
                beginInsertRows({}, row, row);
                m_ids.insert(row, ids[row]);
                ++m_loaded;
                endInsertRows();
            } else {
                m_ids.insert(row, ids[row]);
            }
        }
    } else {
        beginResetModel();
        m_ids = std::move(ids);
        m_loaded = int(qMin<qsizetype>(qMax(m_loaded, BatchSize), m_ids.size()));
        m_cache.clear();
        endResetModel();
    }
    if (matchCount() != countBefore)
        emit matchCountChanged(matchCount());
}

} // namespace chorus::ui
