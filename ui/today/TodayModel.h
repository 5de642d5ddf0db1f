#pragma once

#include "suggest/Suggestion.h"

#include <QAbstractItemModel>

namespace chorus::ui {

/// The Today lists as a two-level model: one row per kind (support, join, introduce, reconnect, caution),
/// and under each its few suggestions, shown by their sentence. Holds plain values; no SQL.
class TodayModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, ScoreRole, SubjectKeyRole, ActionRole };

    using Sections = QVector<std::pair<SuggestionKind, QVector<Suggestion>>>;

    explicit TodayModel(QObject* parent = nullptr);

    /// Replaces everything (a fresh computation of the lists).
    void setSections(const Sections& sections);
    /// The suggestion at a child index; null for a section row or an invalid index.
    const Suggestion* suggestion(const QModelIndex& index) const;
    /// Removes one suggestion (after the user acted on it); its section stays.
    void remove(const QModelIndex& index);
    /// The index of a kind's section row.
    QModelIndex sectionIndex(SuggestionKind kind) const;
    /// The first suggestion of the whole model, for the initial selection.
    QModelIndex firstSuggestion() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    Sections m_sections;
};

} // namespace chorus::ui
