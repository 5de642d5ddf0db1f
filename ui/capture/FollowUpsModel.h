#pragma once

#include "capture/FollowUpActions.h"
#include "storage/Change.h"

#include <QAbstractTableModel>

namespace chorus::ui {

/// The open follow-ups, overdue first (FollowUpActions::openList), as a table: when, who, what. Reloads when
/// follow-ups or people change; small by nature (what one person has promised), so a reload is a reset.
class FollowUpsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Person, What, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int PersonIdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; ///< followUpStateKey(): "overdue", "today"…

    explicit FollowUpsModel(Workspace& workspace, QObject* parent = nullptr);

    void reload();
    const FollowUp& followUp(int row) const { return m_rows.at(row).first; }
    int rowOf(Id followUpId) const;
    FollowUpCounts counts() const { return m_counts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loadFailed(const QString& message);

private:
    void onChanged(const Change& change);
    QString whenText(const FollowUp& followUp, FollowUpState state) const;

    Workspace& m_workspace;
    QVector<QPair<FollowUp, FollowUpState>> m_rows;
    FollowUpCounts m_counts;
};

} // namespace chorus::ui
