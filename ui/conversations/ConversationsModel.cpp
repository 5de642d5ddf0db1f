#include "ConversationsModel.h"

#include "storage/Workspace.h"

#include <QLocale>

namespace chorus::ui {

ConversationsModel::ConversationsModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    m_rows = page(0, PageSize);
    m_atEnd = m_rows.size() < PageSize;
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &ConversationsModel::onChanged);
}

QVector<ConversationRow> ConversationsModel::page(int offset, int limit) const {
    return m_workspace.conversations().list(m_filter, limit, offset).valueOr({});
}

int ConversationsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConversationsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void ConversationsModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const QVector<ConversationRow> more = page(int(m_rows.size()), PageSize);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant ConversationsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConversationRow& r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Title:
            return r.title;
        case Platform:
            return r.platform.isEmpty() ? QString() : platformLabel(r.platform);
        case StatusColumn:
            return conversationStatusLabel(r.status);
        case LastActivity:
            return QLocale().toString(r.lastActivityAt.toLocalTime().date(), QLocale::ShortFormat);
        case Participants:
            return r.participants;
        case Topics:
            return r.topics;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Participants)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Platform:
        return tr("Platform");
    case StatusColumn:
        return tr("Status");
    case LastActivity:
        return tr("Last activity");
    case Participants:
        return tr("People", "participants");
    case Topics:
        return tr("Topics");
    }
    return {};
}

void ConversationsModel::sort(int column, Qt::SortOrder order) {
    ConversationSortKey key = ConversationSortKey::LastActivity;
    switch (column) {
    case Title:
        key = ConversationSortKey::Title;
        break;
    case Platform:
        key = ConversationSortKey::Platform;
        break;
    case StatusColumn:
        key = ConversationSortKey::Status;
        break;
    case Participants:
        key = ConversationSortKey::Participants;
        break;
    default: // last activity; topics are not an order
        break;
    }
    ConversationFilter filter = m_filter;
    filter.sortKey = key;
    filter.descending = order == Qt::DescendingOrder;
    if (filter == m_filter && !m_rows.isEmpty())
        return;
    m_filter = filter;
    setFilter(filter);
}

void ConversationsModel::setFilter(const ConversationFilter& filter) {
    const ConversationSortKey key = m_filter.sortKey;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sortKey = key;
    m_filter.descending = descending;
    beginResetModel();
    m_rows = page(0, PageSize);
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
}

Id ConversationsModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ConversationsModel::rowOf(Id id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void ConversationsModel::reload() {
    const int keep = qMax(int(m_rows.size()), PageSize);
    QVector<ConversationRow> rows = page(0, keep);
    QVector<Id> before, after;
    for (const ConversationRow& r : m_rows)
        before << r.id;
    for (const ConversationRow& r : rows)
        after << r.id;
    if (before == after) { // same threads in the same order: repaint in place
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    for (const QModelIndex& old : persistent) {
        const int row = int(after.indexOf(before.at(old.row())));
        moved << (row >= 0 ? createIndex(row, old.column()) : QModelIndex());
    }
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < keep;
    changePersistentIndexList(persistent, moved);
    emit layoutChanged();
}

void ConversationsModel::onChanged(const Change& change) {
    if (change.entity == Entity::Conversation || change.entity == Entity::Workspace ||
        change.entity == Entity::Topic ||
        (change.entity == Entity::Person && change.kind == ChangeKind::Removed))
        reload();
}

} // namespace chorus::ui
