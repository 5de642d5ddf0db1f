#pragma once

#include "storage/PersonQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace chorus {
class Workspace;
struct Change;
} // namespace chorus

namespace chorus::ui {

/// The people table over storage. It asks the repository only for the matching ids in display order
/// (one indexed query), exposes them in batches through canFetchMore()/fetchMore(), and reads the
/// visible rows' columns a page at a time when the view first paints them. Committed changes are mapped
/// onto row removals, insertions, moves and dataChanged, never a reset for a single change.
class PeopleTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Organisation,
        StanceColumn,
        Topics,
        Health,
        LastTouchpoint,
        OpenFollowUps,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole };

    explicit PeopleTableModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const PersonFilter& filter);
    PersonFilter filter() const { return m_filter; }
    PersonSort sortOrder() const { return m_sort; }
    /// Everyone matching the filter, loaded or not.
    int matchCount() const { return int(m_ids.size()); }
    Id idAt(int row) const;
    /// The row of a person, loading batches until it is reached; -1 when the filter hides them.
    int rowOf(Id id);
    /// The last query's error, empty when it worked.
    QString lastError() const { return m_error; }

    static constexpr int BatchSize = 256;
    static constexpr int PageSize = 128;

signals:
    void matchCountChanged(int count);

private:
    QVector<Id> queryIds();
    void requery();
    void onChanged(const Change& change);
    void reconcile(QVector<Id> ids, const QVector<Id>& updated);
    const PersonRow* rowData(int row) const;

    Workspace& m_workspace;
    PersonFilter m_filter;
    PersonSort m_sort;
    QVector<Id> m_ids;
    int m_loaded = 0;
    mutable QHash<Id, PersonRow> m_cache;
    QString m_error;
};

} // namespace chorus::ui
