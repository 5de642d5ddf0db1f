#include "SettingsRepository.h"

#include "PersonSummaryRepository.h"
#include "Sql.h"

namespace chorus {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->isNull() ? fallback : v->toString();
}

double SettingsRepository::number(const QString& key, double fallback) const {
    auto v = value(key);
    if (!v || v->isEmpty())
        return fallback;
    bool ok = false;
    const double d = v->toDouble(&ok);
    return ok ? d : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value) {
    auto st = sql::exec(m_db,
                        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, value});
    if (st)
        m_db.announce({Entity::Setting, ChangeKind::Updated, {}});
    return st;
}

Status SettingsRepository::remove(const QString& key) {
    return sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

Status SettingsRepository::setNumbers(const QVector<std::pair<QString, std::optional<double>>>& values) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const auto& [key, value] : values) {
        auto st = value ? sql::exec(m_db,
                                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                    {key, QString::number(*value, 'g', 12)})
                        : sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
        if (!st)
            return st;
    }
    m_db.announce({Entity::Setting, ChangeKind::Updated, {}});
    return tx.commit();
}

HealthParameters SettingsRepository::healthParameters() const {
    HealthParameters p;
    p.halfLifeDays = std::max(1.0, number(QStringLiteral("health.half_life_days"), p.halfLifeDays));
    p.scale = std::max(0.1, number(QStringLiteral("health.scale"), p.scale));
    for (const auto& info : touchpointKinds()) {
        const auto i = static_cast<size_t>(info.kind);
        p.kindWeights.at(i) = number(QStringLiteral("health.weight.") + info.key, p.kindWeights.at(i));
    }
    return p;
}

Status SettingsRepository::setHealthParameters(const HealthParameters& parameters) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st = setValue(QStringLiteral("health.half_life_days"), QString::number(parameters.halfLifeDays));
        !st)
        return st;
    if (auto st = setValue(QStringLiteral("health.scale"), QString::number(parameters.scale)); !st)
        return st;
    for (const auto& info : touchpointKinds()) {
        const double w = parameters.kindWeights.at(static_cast<size_t>(info.kind));
        if (auto st = setValue(QStringLiteral("health.weight.") + info.key, QString::number(w)); !st)
            return st;
    }
    // The stored health of every person is in units of the half-life and weighted by kind: compute it again
    // in the same transaction, or the People table and the suggestions would read it with the wrong scale.
    if (auto st = PersonSummaryRepository(m_db).refreshAll(parameters); !st)
        return st;
    return tx.commit(); // the Setting change announced above makes views read health again
}

} // namespace chorus
