#pragma once

#include "storage/ConversationRepository.h"

#include <QAbstractTableModel>

namespace chorus {
class Workspace;
struct Change;
} // namespace chorus

namespace chorus::ui {

/// Conversations, most recent activity first unless sorted by another column, read from storage a page at a
/// time as the view scrolls (canFetchMore/fetchMore); 200,000 threads never load at once.
class ConversationsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Platform, StatusColumn, LastActivity, Participants, Topics, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit ConversationsModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Sorting is done by storage: a click on a header reads the first page again in the new order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Shows the conversations that match `filter`, keeping the current sort order.
    void setFilter(const ConversationFilter& filter);
    Id idAt(int row) const;
    /// The row of a conversation among those loaded, -1 if not loaded (or filtered out).
    int rowOf(Id id) const;
    /// Reads everything loaded so far again (after an edit), keeping as many rows.
    void reload();

private:
    QVector<ConversationRow> page(int offset, int limit) const;
    void onChanged(const Change& change);

    Workspace& m_workspace;
    ConversationFilter m_filter;
    QVector<ConversationRow> m_rows;
    bool m_atEnd = false;
};

} // namespace chorus::ui
