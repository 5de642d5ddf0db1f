#include "SourcesModel.h"

#include "storage/Workspace.h"

#include <QLocale>

namespace chorus::ui {
namespace {
bool before(const Source& a, const Source& b) {
    const int byName = QString::compare(a.personName, b.personName, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    if (a.personId != b.personId)
        return a.personId < b.personId;
    return a.url.toString() < b.url.toString();
}

QString when(const QDateTime& at) {
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

SourcesModel::SourcesModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &SourcesModel::onChange);
    reload();
}

void SourcesModel::reload() {
    beginResetModel();
    m_rows = m_workspace.sources().list().valueOr({});
    endResetModel();
}

int SourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int SourcesModel::rowOf(Id sourceId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == sourceId)
            return i;
    }
    return -1;
}

QString SourcesModel::resultText(const Source& s) {
    if (!s.lastFetchedAt.isValid())
        return tr("never fetched");
    if (s.failures > 0)
        return s.failures == 1 ? tr("%1 (1 failure)").arg(s.lastStatus)
                               : tr("%1 (%2 failures)").arg(s.lastStatus).arg(s.failures);
    if (s.lastStatus == QLatin1String("304"))
        return tr("not modified");
    return tr("%1 new", "items a refresh brought").arg(s.lastNewItems);
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Source& s = m_rows[index.row()];
    if (role == SourceIdRole)
        return s.id;
    if (role == PersonIdRole)
        return s.personId;
    if (role == Qt::ToolTipRole) {
        if (index.column() == ResultColumn && !s.lastError.isEmpty())
            return s.lastError;
        if (index.column() == FeedColumn)
            return s.url.toString();
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == ItemsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PersonColumn:
        return s.personName;
    case FeedColumn:
        return s.title.isEmpty() ? s.url.toString()
                                 : QStringLiteral("%1 — %2").arg(s.title, s.url.toString());
    case ItemsColumn:
        return s.itemCount;
    case ResultColumn:
        return resultText(s);
    case FetchedColumn:
        return when(s.lastFetchedAt);
    case NextColumn:
        return when(s.nextAttemptAt);
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case FeedColumn:
        return tr("Feed");
    case ItemsColumn:
        return tr("Items", "conversations a feed brought");
    case ResultColumn:
        return tr("Last result");
    case FetchedColumn:
        return tr("Last fetched");
    case NextColumn:
        return tr("Next retry");
    default:
        return {};
    }
}

void SourcesModel::onChange(const Change& change) {
    if (change.entity == Entity::Workspace ||
        (change.entity == Entity::Person && change.kind != ChangeKind::Inserted)) {
        // A person renamed, merged or erased changes or removes their sources' rows without a source change.
        reload();
        return;
    }
    if (change.entity != Entity::Source)
        return;
    for (const Id id : change.ids) {
        if (change.kind == ChangeKind::Removed)
            removeRow(id);
        else
            upsert(id);
    }
}

void SourcesModel::upsert(Id sourceId) {
    auto stored = m_workspace.sources().get(sourceId);
    if (!stored) {
        removeRow(sourceId);
        return;
    }
    const int row = rowOf(sourceId);
    if (row >= 0) {
        m_rows[row] = *stored;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), *stored, before);
    const int position = int(at - m_rows.begin());
    beginInsertRows({}, position, position);
    m_rows.insert(position, *stored);
    endInsertRows();
}

void SourcesModel::removeRow(Id sourceId) {
    const int row = rowOf(sourceId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
}

} // namespace chorus::ui
