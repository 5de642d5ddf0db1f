#include "PersonSummaryRepository.h"

#include "IdList.h"
#include "Sql.h"

namespace chorus {
namespace {
/// A CASE expression mapping the kind key to its weight, with the weights as bound values.
QString weightCase(QVariantList& params, const HealthParameters& parameters) {
    QString expr = QStringLiteral("CASE t.kind");
    for (const auto& info : touchpointKinds()) {
        expr += QStringLiteral(" WHEN ? THEN ?");
        params << info.key << parameters.weight(info.kind);
    }
    expr += QStringLiteral(" ELSE 1.0 END");
    return expr;
}
} // namespace

Status PersonSummaryRepository::run(const QString& whereClause, const QVariantList& whereParams,
                                    const HealthParameters& parameters) {
    const QString counts = QStringLiteral(R"(
        UPDATE people AS p SET
            touchpoint_count = (SELECT count(*) FROM touchpoints t WHERE t.person_id = p.id),
            last_touchpoint_at = (SELECT max(t.at) FROM touchpoints t WHERE t.person_id = p.id),
            last_two_way_at = (SELECT max(t.at) FROM touchpoints t JOIN touchpoint_kinds k ON k.key = t.kind
                                WHERE t.person_id = p.id AND k.two_way = 1),
            health_log = NULL,
            open_follow_ups = (SELECT count(*) FROM follow_ups f WHERE f.person_id = p.id AND f.done_at IS NULL)
        %1)")
                               .arg(whereClause);
    if (auto st = sql::exec(m_db, counts, whereParams); !st)
        return st;

    // log2 Σ w·2^((t − epoch)/h), computed relative to the latest touchpoint so no power overflows.
    QVariantList params;
    const QString weights = weightCase(params, parameters);
    const double epoch = static_cast<double>(healthEpoch().toSecsSinceEpoch());
    const double halfLifeSecs = std::max(parameters.halfLifeDays, 1.0) * 86400.0;
    params << halfLifeSecs << epoch << halfLifeSecs;
    params << whereParams;
    const QString health =
        QStringLiteral(R"(
        UPDATE people AS p SET health_log =
            (SELECT log2(sum(%1 * pow(2.0, (t.at - p.last_touchpoint_at) / ?))) + (p.last_touchpoint_at - ?) / ?
               FROM touchpoints t WHERE t.person_id = p.id)
        %2)")
            .arg(weights, whereClause.isEmpty()
                              ? QStringLiteral("WHERE p.last_touchpoint_at IS NOT NULL")
                              : whereClause + QStringLiteral(" AND p.last_touchpoint_at IS NOT NULL"));
    return sql::exec(m_db, health, params);
}

Status PersonSummaryRepository::refresh(const QVector<Id>& personIds, const HealthParameters& parameters) {
    if (personIds.isEmpty())
        return {};
    return run(QStringLiteral("WHERE p.id IN (SELECT value FROM json_each(?))"), {jsonIdArray(personIds)},
               parameters);
}

Status PersonSummaryRepository::refreshAll(const HealthParameters& parameters) {
    // Someone with no touchpoint and no follow-up whose summary is already empty would be rewritten with the
    // same values (and every people index touched): after a bulk import that is nearly everyone, and
    // rewriting them was a tenth of the import's time. Only people with something to summarise, or a stale
    // summary, are refreshed.
    return run(
        QStringLiteral(
            R"(WHERE (p.id IN (SELECT person_id FROM touchpoints UNION SELECT person_id FROM follow_ups)
                                     OR p.touchpoint_count <> 0 OR p.open_follow_ups <> 0
                                     OR p.last_touchpoint_at IS NOT NULL OR p.last_two_way_at IS NOT NULL
                                     OR p.health_log IS NOT NULL))"),
        {}, parameters);
}

} // namespace chorus
