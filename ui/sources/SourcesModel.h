#pragma once

#include "model/Source.h"
#include "storage/Change.h"

#include <QAbstractTableModel>
#include <QVector>

namespace chorus {
class Workspace;
}

namespace chorus::ui {

/// Every source with its person and last refresh, ordered by person then address. Follows the workspace's
/// changes row by row: a source added, updated by a refresh or removed becomes one row inserted, changed or
/// removed.
class SourcesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PersonColumn,
        FeedColumn,
        ItemsColumn,
        ResultColumn,
        FetchedColumn,
        NextColumn,
        ColumnCount
    };
    enum Role { SourceIdRole = Qt::UserRole + 1, PersonIdRole };

    explicit SourcesModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Source& source(int row) const { return m_rows.at(row); }
    int rowOf(Id sourceId) const;
    void reload();

    /// "3 new", "not modified", "404 (2 failures)", "never fetched" (translated).
    static QString resultText(const Source& source);

private:
    void onChange(const Change& change);
    void upsert(Id sourceId);
    void removeRow(Id sourceId);

    Workspace& m_workspace;
    QVector<Source> m_rows;
};

} // namespace chorus::ui
