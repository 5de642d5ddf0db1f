#include "EventsModel.h"

#include "storage/Workspace.h"

#include <QLocale>

namespace chorus::ui {

EventsModel::EventsModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    m_rows = m_workspace.events().list(m_text, PageSize, 0, m_sort).valueOr({});
    m_atEnd = m_rows.size() < PageSize;
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        if (change.entity == Entity::Event || change.entity == Entity::Workspace)
            reload();
    });
}

int EventsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool EventsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void EventsModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const auto more = m_workspace.events().list(m_text, PageSize, int(m_rows.size()), m_sort).valueOr({});
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant EventsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Attendees) // numbers line up on the right
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const EventRow& r = m_rows.at(index.row());
    switch (index.column()) {
    case Name:
        return r.name;
    case Kind:
        return eventKindLabel(r.kind);
    case Starts:
        return QLocale().toString(r.startsOn, QLocale::ShortFormat);
    case Place:
        return r.location;
    case Attendees:
        return r.attendees;
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Event");
    case Kind:
        return tr("Kind");
    case Starts:
        return tr("Starts");
    case Place:
        return tr("Place");
    case Attendees:
        return tr("Attendees");
    }
    return {};
}

void EventsModel::setText(const QString& text) {
    m_text = text;
    beginResetModel();
    m_rows = m_workspace.events().list(m_text, PageSize, 0, m_sort).valueOr({});
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
}

void EventsModel::reload() {
    const int keep = qMax(int(m_rows.size()), PageSize);
    beginResetModel(); // events are few and change rarely (an import, a capture session)
    m_rows = m_workspace.events().list(m_text, keep, 0, m_sort).valueOr({});
    m_atEnd = m_rows.size() < keep;
    endResetModel();
}

void EventsModel::sort(int column, Qt::SortOrder order) {
    EventSort sort;
    switch (column) {
    case Name:
        sort.key = EventSortKey::Name;
        break;
    case Kind:
        sort.key = EventSortKey::Kind;
        break;
    case Place:
        sort.key = EventSortKey::Place;
        break;
    case Attendees:
        sort.key = EventSortKey::Attendees;
        break;
    default:
        sort.key = EventSortKey::Starts;
        break;
    }
    sort.descending = order == Qt::DescendingOrder;
    if (sort == m_sort)
        return; // already in this order (the view restoring it at start): no second query
    m_sort = sort;
    setText(m_text);
}

Id EventsModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int EventsModel::rowOf(Id id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace chorus::ui
