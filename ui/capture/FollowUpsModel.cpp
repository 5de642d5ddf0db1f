#include "FollowUpsModel.h"

#include "storage/Workspace.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace chorus::ui {

FollowUpsModel::FollowUpsModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &FollowUpsModel::onChanged);
    reload();
}

void FollowUpsModel::onChanged(const Change& change) {
    if (change.entity == Entity::FollowUp || change.entity == Entity::Person ||
        change.entity == Entity::Workspace)
        reload();
}

void FollowUpsModel::reload() {
    auto rows = FollowUpActions(m_workspace).openList();
    beginResetModel();
    if (rows) {
        m_rows = *rows;
    } else {
        m_rows.clear();
    }
    m_counts = {};
    for (const auto& [followUp, state] : m_rows) {
        Q_UNUSED(followUp)
        if (state == FollowUpState::Overdue)
            ++m_counts.overdue;
        else if (state == FollowUpState::DueToday)
            ++m_counts.dueToday;
        else
            ++m_counts.upcoming;
    }
    endResetModel();
    if (!rows)
        emit loadFailed(rows.error().message);
}

int FollowUpsModel::rowOf(Id followUpId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].first.id == followUpId)
            return i;
    }
    return -1;
}

int FollowUpsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowUpsModel::whenText(const FollowUp& f, FollowUpState state) const {
    const QDate today = m_workspace.clock().now().date();
    const QDate due = f.effectiveDue();
    switch (state) {
    case FollowUpState::Overdue: {
        const qint64 days = due.daysTo(today);
        return days == 1 ? tr("Overdue 1 day") : tr("Overdue %1 days").arg(days);
    }
    case FollowUpState::DueToday:
        return tr("Today");
    default:
        break;
    }
    const QString date = QLocale().toString(due, QLocale::ShortFormat);
    return f.snoozedUntil.isValid() && f.snoozedUntil > f.dueOn ? tr("%1 (snoozed)").arg(date) : date;
}

QVariant FollowUpsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto& [f, state] = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return whenText(f, state);
        case Person:
            return f.personName;
        case What:
            return f.title;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (state == FollowUpState::Overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (state != FollowUpState::Upcoming) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return f.id;
    case PersonIdRole:
        return f.personId;
    case StateRole:
        return followUpStateKey(state);
    default:
        return {};
    }
}

QVariant FollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("Due");
    case Person:
        return tr("Who");
    case What:
        return tr("What you promised");
    default:
        return {};
    }
}

} // namespace chorus::ui
