#include "GraphRepository.h"

#include "Sql.h"

namespace chorus {
namespace {

// Appends "AND <column> >= ? AND <column> < ?" for the bounds the scope sets.
void appendWindow(QString& sql, QVariantList& params, const QString& column, const QVariant& from,
                  const QVariant& to) {
    if (!from.isNull()) {
        sql += QStringLiteral(" AND %1 >= ?").arg(column);
        params << from;
    }
    if (!to.isNull()) {
        sql += QStringLiteral(" AND %1 < ?").arg(column);
        params << to;
    }
}

QVariant epochOrNull(const QDateTime& at) {
    return at.isValid() ? sql::epoch(at) : QVariant();
}

QVariant dateOrNull(const QDateTime& at) {
    return at.isValid() ? sql::isoDate(at.toUTC().date()) : QVariant();
}

} // namespace

Status GraphRepository::forEachPerson(const GraphScope& scope,
                                      const std::function<void(const GraphPersonRow&)>& visit) const {
    QString sql = QStringLiteral("SELECT id, name, organisation, stance, is_self FROM people p WHERE 1 = 1");
    QVariantList params;
    if (!scope.includeArchived)
        sql += QStringLiteral(" AND (archived = 0 OR is_self = 1)");
    if (!scope.stances.isEmpty()) {
        sql += QStringLiteral(" AND (is_self = 1 OR stance IN (%1))")
                   .arg(sql::placeholders(scope.stances.size()));
        for (Stance s : scope.stances)
            params << stanceKey(s);
    }
    if (scope.topicId) {
        sql += QStringLiteral(" AND (is_self = 1 OR EXISTS (SELECT 1 FROM person_topics t "
                              "WHERE t.person_id = p.id AND t.topic_id = ?))");
        params << *scope.topicId;
    }
    sql += QStringLiteral(" ORDER BY id");
    auto rows = sql::select(m_db, sql, params);
    if (!rows)
        return rows.error();
    GraphPersonRow row;
    while (rows->next()) {
        row.id = rows->integer(0);
        row.name = rows->text(1);
        row.organisation = rows->text(2);
        row.stance = stanceFromKey(rows->text(3)).value_or(Stance::Unknown);
        row.isSelf = rows->integer(4) != 0;
        visit(row);
    }
    return {};
}

Status GraphRepository::forEachTie(const GraphScope& scope,
                                   const std::function<void(const Tie&)>& visit) const {
    QString sql = QStringLiteral(
        "SELECT id, person_a, person_b, kind, strength, origin, created_at FROM ties WHERE 1 = 1");
    QVariantList params;
    appendWindow(sql, params, QStringLiteral("created_at"), epochOrNull(scope.from), epochOrNull(scope.to));
    sql += QStringLiteral(" ORDER BY id");
    auto rows = sql::select(m_db, sql, params);
    if (!rows)
        return rows.error();
    Tie t;
    while (rows->next()) {
        t.id = rows->integer(0);
        t.personA = rows->integer(1);
        t.personB = rows->integer(2);
        t.kind = tieKindFromKey(rows->text(3)).value_or(TieKind::Knows);
        t.strength = rows->real(4);
        t.origin = tieOriginFromKey(rows->text(5)).value_or(TieOrigin::Manual);
        t.createdAt = sql::fromEpoch(rows->value(6));
        visit(t);
    }
    return {};
}

Status GraphRepository::forEachConversation(const GraphScope& scope, int maxMembers,
                                            const std::function<void(const GraphGroupRow&)>& visit) const {
    QString sql = QStringLiteral("SELECT c.id, coalesce(c.last_activity_at, c.started_at, c.created_at), "
                                 "p.person_id FROM conversations c "
                                 "JOIN participants p ON p.conversation_id = c.id WHERE 1 = 1");
    QVariantList params;
    appendWindow(sql, params, QStringLiteral("coalesce(c.last_activity_at, c.started_at, c.created_at)"),
                 epochOrNull(scope.from), epochOrNull(scope.to));
    if (scope.topicId) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM conversation_topics t "
                              "WHERE t.conversation_id = c.id AND t.topic_id = ?)");
        params << *scope.topicId;
    }
    sql += QStringLiteral(" ORDER BY c.id, p.person_id");
    return forEachGroup(sql, params, maxMembers, visit, false);
}

Status GraphRepository::forEachEvent(const GraphScope& scope, int maxMembers,
                                     const std::function<void(const GraphGroupRow&)>& visit) const {
    QString sql = QStringLiteral("SELECT e.id, e.starts_on, a.person_id FROM events e "
                                 "JOIN attendance a ON a.event_id = e.id WHERE 1 = 1");
    QVariantList params;
    appendWindow(sql, params, QStringLiteral("e.starts_on"), dateOrNull(scope.from), dateOrNull(scope.to));
    sql += QStringLiteral(" ORDER BY e.id, a.person_id");
    return forEachGroup(sql, params, maxMembers, visit, true);
}

Status GraphRepository::forEachGroup(const QString& sql, const QVariantList& params, int maxMembers,
                                     const std::function<void(const GraphGroupRow&)>& visit,
                                     bool dateColumn) const {
    auto rows = sql::select(m_db, sql, params);
    if (!rows)
        return rows.error();
    GraphGroupRow group;
    auto flush = [&] {
        if (group.id != 0 && group.members.size() >= 2 && group.members.size() <= maxMembers)
            visit(group);
        group.members.clear();
    };
    while (rows->next()) {
        const Id id = rows->integer(0);
        if (id != group.id) {
            flush();
            group.id = id;
            group.at = dateColumn ? QDateTime(sql::fromIsoDate(rows->value(1)), QTime(0, 0), Qt::UTC)
                                  : sql::fromEpoch(rows->value(1));
        }
        group.members.push_back(rows->integer(2));
    }
    flush();
    return {};
}

Status GraphRepository::forEachPersonTopic(const std::function<void(Id, Id, double)>& visit) const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT person_id, topic_id, weight FROM person_topics"));
    if (!rows)
        return rows.error();
    while (rows->next())
        visit(rows->integer(0), rows->integer(1), rows->real(2));
    return {};
}

Result<QHash<Id, QString>> GraphRepository::topicNames() const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT id, name FROM topics"));
    if (!rows)
        return rows.error();
    QHash<Id, QString> names;
    while (rows->next())
        names.insert(rows->integer(0), rows->text(1));
    return names;
}

Result<qint64> GraphRepository::revision() const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT revision FROM workspace_state WHERE id = 1"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QHash<Id, QPointF>> GraphRepository::positions() const {
    auto rows = sql::select(m_db, QStringLiteral("SELECT person_id, x, y FROM node_positions"));
    if (!rows)
        return rows.error();
    QHash<Id, QPointF> out;
    while (rows->next())
        out.insert(rows->integer(0), QPointF(rows->real(1), rows->real(2)));
    return out;
}

Result<qint64> GraphRepository::savePositions(const QVector<NodePosition>& positions) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto before = revision();
    if (!before)
        return before.error();
    const QString upsert =
        QStringLiteral("INSERT INTO node_positions (person_id, x, y) VALUES (?, ?, ?) "
                       "ON CONFLICT (person_id) DO UPDATE SET x = excluded.x, y = excluded.y");
    for (const NodePosition& p : positions) {
        if (auto st = sql::exec(m_db, upsert, {p.personId, p.x, p.y}); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return *before;
}

} // namespace chorus
