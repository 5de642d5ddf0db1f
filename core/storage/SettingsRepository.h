#pragma once

#include "Database.h"
#include "model/RelationshipHealth.h"

#include <QString>
#include <QVector>

#include <optional>

namespace chorus {

/// Workspace-level settings (stored in the workspace, so they travel with it). Keys are dotted words.
class SettingsRepository final {
public:
    explicit SettingsRepository(Database& db)
        : m_db(db) {}

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    double number(const QString& key, double fallback) const;
    Status setValue(const QString& key, const QString& value);
    Status remove(const QString& key);
    /// Sets (a value) or removes (no value: back to the default) several numeric settings in one transaction,
    /// announcing one change.
    Status setNumbers(const QVector<std::pair<QString, std::optional<double>>>& values);

    HealthParameters healthParameters() const;
    Status setHealthParameters(const HealthParameters& parameters);

private:
    Database& m_db;
};

} // namespace chorus
