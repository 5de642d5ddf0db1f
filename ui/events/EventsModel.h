#pragma once

#include "storage/EventRepository.h"

#include <QAbstractTableModel>

namespace chorus {
class Workspace;
struct Change;
} // namespace chorus

namespace chorus::ui {

/// Events, newest first unless sorted by another column, read a page at a time as the view scrolls.
class EventsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Starts, Place, Attendees, ColumnCount };
    static constexpr int PageSize = 200;

    explicit EventsModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Sorting is done by storage (a click on a header reads the first page again in the new order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setText(const QString& text);
    Id idAt(int row) const;
    int rowOf(Id id) const;

private:
    void reload();

    Workspace& m_workspace;
    QString m_text;
    EventSort m_sort;
    QVector<EventRow> m_rows;
    bool m_atEnd = false;
};

} // namespace chorus::ui
