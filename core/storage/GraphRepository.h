#pragma once

#include "Database.h"
#include "model/Stance.h"
#include "model/Tie.h"

#include <QDateTime>
#include <QHash>
#include <QPointF>
#include <QVector>

#include <functional>
#include <optional>

namespace chorus {

/// Which part of the workspace the relationship graph covers.
struct GraphScope {
    std::optional<Id> topicId; ///< only people who care about it and conversations about it
    QVector<Stance> stances;   ///< only people with one of these stances (empty: all)
    QDateTime from;            ///< only evidence at or after this instant (invalid: no bound)
    QDateTime to;              ///< only evidence before this instant (invalid: no bound)
    bool includeArchived = false;
};

/// A person as the map needs one.
struct GraphPersonRow {
    Id id = 0;
    QString name;
    QString organisation;
    Stance stance = Stance::Unknown;
    bool isSelf = false;
};

/// A conversation or event with the people in it.
struct GraphGroupRow {
    Id id = 0;
    QDateTime at; ///< last activity (conversation) or start (event)
    QVector<Id> members;
};

struct NodePosition {
    Id personId = 0;
    double x = 0;
    double y = 0;
};

/// Reads what the relationship graph is built from, and keeps the map's node positions.
/// Everything streams row by row so a 100,000-person workspace needs no large intermediate copies.
class GraphRepository final {
public:
    explicit GraphRepository(Database& db)
        : m_db(db) {}

    Status forEachPerson(const GraphScope& scope,
                         const std::function<void(const GraphPersonRow&)>& visit) const;
    Status forEachTie(const GraphScope& scope, const std::function<void(const Tie&)>& visit) const;
    /// Conversations with their participants; those with more than maxMembers people are skipped (a big
    /// thread says little about who knows whom).
    Status forEachConversation(const GraphScope& scope, int maxMembers,
                               const std::function<void(const GraphGroupRow&)>& visit) const;
    /// Events with their attendees; those with more than maxMembers people are skipped.
    Status forEachEvent(const GraphScope& scope, int maxMembers,
                        const std::function<void(const GraphGroupRow&)>& visit) const;
    /// Every (person, topic, weight).
    Status forEachPersonTopic(const std::function<void(Id person, Id topic, double weight)>& visit) const;
    Result<QHash<Id, QString>> topicNames() const;

    /// The workspace revision: it changes with every committed write.
    Result<qint64> revision() const;
    Result<QHash<Id, QPointF>> positions() const;
    /// Replace the stored positions of these people in one transaction. Returns the revision the workspace
    /// had before the write (the write itself moves it on by exactly one).
    Result<qint64> savePositions(const QVector<NodePosition>& positions);

private:
    Status forEachGroup(const QString& sql, const QVariantList& params, int maxMembers,
                        const std::function<void(const GraphGroupRow&)>& visit, bool dateColumn) const;

    Database& m_db;
};

} // namespace chorus
