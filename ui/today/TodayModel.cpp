#include "TodayModel.h"

#include <QFont>

namespace chorus::ui {

// Section rows carry internal id 0; a suggestion row carries its section's row + 1.

TodayModel::TodayModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void TodayModel::setSections(const Sections& sections) {
    beginResetModel();
    m_sections = sections;
    endResetModel();
}

const Suggestion* TodayModel::suggestion(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const auto section = int(index.internalId()) - 1;
    if (section >= m_sections.size() || index.row() >= m_sections[section].second.size())
        return nullptr;
    return &m_sections[section].second[index.row()];
}

void TodayModel::remove(const QModelIndex& index) {
    if (!suggestion(index))
        return;
    const int section = int(index.internalId()) - 1;
    beginRemoveRows(index.parent(), index.row(), index.row());
    m_sections[section].second.removeAt(index.row());
    endRemoveRows();
    const QModelIndex header = this->index(section, 0);
    emit dataChanged(header, header, {Qt::DisplayRole});
}

QModelIndex TodayModel::sectionIndex(SuggestionKind kind) const {
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i].first == kind)
            return index(i, 0);
    }
    return {};
}

QModelIndex TodayModel::firstSuggestion() const {
    for (int i = 0; i < m_sections.size(); ++i) {
        if (!m_sections[i].second.isEmpty())
            return index(0, 0, index(i, 0));
    }
    return {};
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections[parent.row()].second.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TodayModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_sections.size())
        return 0;
    return int(m_sections[parent.row()].second.size());
}

int TodayModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant TodayModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const auto& [kind, list] = m_sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return list.isEmpty() ? tr("%1 — nothing today").arg(suggestionKindLabel(kind))
                                  : suggestionKindLabel(kind);
        case KindRole:
            return suggestionKindKey(kind);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const Suggestion* s = suggestion(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return s->explanation;
    case Qt::ToolTipRole:
        return tr("Score %1\n%2").arg(s->score, 0, 'f', 3).arg(s->arithmetic().join(QLatin1Char('\n')));
    case KindRole:
        return suggestionKindKey(s->kind);
    case ScoreRole:
        return s->score;
    case SubjectKeyRole:
        return s->subjectKey;
    case ActionRole:
        return s->action;
    default:
        return {};
    }
}

Qt::ItemFlags TodayModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace chorus::ui
