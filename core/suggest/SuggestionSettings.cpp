#include "SuggestionSettings.h"

#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <functional>

namespace chorus {
namespace {
/// One binding of a settings name to a field: read and written through the same table.
struct Binding {
    const char* name;
    std::function<double&(SuggestionSettings&)> field;
};

std::function<double&(SuggestionSettings&)> ref(double SuggestionSettings::*member) {
    return [member](SuggestionSettings& s) -> double& {
        return s.*member;
    };
}

const QVector<Binding>& bindings() {
    using S = SuggestionSettings;
    static const QVector<Binding> all{
        {"support.window_days", ref(&S::supportWindowDays)},
        {"support.fresh_half_life_days", ref(&S::supportFreshHalfLifeDays)},
        {"support.weight.freshness", ref(&S::supportFreshness)},
        {"support.weight.voice", ref(&S::supportVoice)},
        {"support.weight.growth", ref(&S::supportGrowth)},
        {"support.weight.alignment", ref(&S::supportAlignment)},
        {"support.weight.topic_fit", ref(&S::supportTopicFit)},
        {"support.weight.reciprocity", ref(&S::supportReciprocity)},
        {"support.voice_pivot_reach", ref(&S::voicePivotReach)},
        {"support.growth_full_monthly", ref(&S::growthFullMonthly)},
        {"support.fairness_half_life_days", ref(&S::fairnessHalfLifeDays)},
        {"support.variety_factor", ref(&S::varietyFactor)},
        {"join.window_days", ref(&S::joinWindowDays)},
        {"join.fresh_half_life_days", ref(&S::joinFreshHalfLifeDays)},
        {"join.weight.freshness", ref(&S::joinFreshness)},
        {"join.weight.topic_fit", ref(&S::joinTopicFit)},
        {"join.weight.aligned_present", ref(&S::joinAlignedPresent)},
        {"join.weight.size", ref(&S::joinSize)},
        {"join.size_pivot", ref(&S::joinSizePivot)},
        {"introduce.min_health", ref(&S::introduceMinHealth)},
        {"introduce.weight.purpose", ref(&S::introducePurpose)},
        {"introduce.weight.events", ref(&S::introduceEvents)},
        {"introduce.weight.familiarity", ref(&S::introduceFamiliarity)},
        {"introduce.weight.bridge", ref(&S::introduceBridge)},
        {"reconnect.cold_health", ref(&S::reconnectColdHealth)},
        {"reconnect.weight.investment", ref(&S::reconnectInvestment)},
        {"reconnect.weight.alignment", ref(&S::reconnectAlignment)},
        {"reconnect.weight.coldness", ref(&S::reconnectColdness)},
        {"reconnect.weight.reciprocity", ref(&S::reconnectReciprocity)},
        {"reconnect.weight.promise", ref(&S::followUpPromise)},
        {"reconnect.weight.lateness", ref(&S::followUpLateness)},
        {"caution.weight.influence", ref(&S::cautionInfluence)},
        {"caution.weight.freshness", ref(&S::cautionFreshness)},
        {"feedback.done_quiet_days", ref(&S::doneQuietDays)},
        {"reciprocity_window_days", ref(&S::reciprocityWindowDays)},
    };
    return all;
}

QString settingName(const char* name) {
    return QStringLiteral("suggest.") + QString::fromLatin1(name);
}
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SuggestionSettings)
};

/// The settings that must stay whole numbers of at least one.
bool isCount(const QString& name) {
    return name == QLatin1String("suggest.introduce.pool") ||
           name == QLatin1String("suggest.reconnect.min_touchpoints") ||
           name == QLatin1String("suggest.reconnect.pool");
}
} // namespace

Status SuggestionSettings::validate(const SettingsRepository& settings,
                                    const QVector<std::pair<QString, double>>& values) {
    QHash<QString, double> merged;
    for (const auto& [name, value] : load(settings).entries())
        merged.insert(name, value);
    for (const auto& [name, value] : values) {
        if (!merged.contains(name))
            return makeError(ErrorCode::Invalid, Tr::tr("%1: not a suggestion setting.").arg(name));
        if (!std::isfinite(value) || value < 0)
            return makeError(ErrorCode::Invalid, Tr::tr("%1: must be a number of at least 0.").arg(name));
        if (isCount(name) && (value < 1 || value != std::floor(value)))
            return makeError(ErrorCode::Invalid,
                             Tr::tr("%1: must be a whole number of at least 1.").arg(name));
        merged.insert(name, value);
    }
    // Each list needs one weight above zero: "suggest.<list>.weight.<name>".
    QHash<QString, double> sums;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('.'));
        if (parts.size() == 4 && parts.at(2) == QLatin1String("weight"))
            sums[parts.at(1)] += it.value();
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (it.value() <= 0)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("The %1 list needs at least one weight above 0.").arg(it.key()));
    }
    return {};
}

Status SuggestionSettings::store(SettingsRepository& settings,
                                 const QVector<std::pair<QString, double>>& values) {
    if (auto st = validate(settings, values); !st)
        return st;
    QHash<QString, double> defaults;
    for (const auto& [name, value] : SuggestionSettings{}.entries())
        defaults.insert(name, value);
    QVector<std::pair<QString, std::optional<double>>> writes;
    for (const auto& [name, value] : values) {
        if (qFuzzyCompare(1.0 + defaults.value(name), 1.0 + value))
            writes.push_back({name, std::nullopt});
        else
            writes.push_back({name, value});
    }
    return settings.setNumbers(writes);
}

QVector<std::pair<QString, double>> SuggestionSettings::entries() const {
    SuggestionSettings copy = *this;
    QVector<std::pair<QString, double>> out;
    for (const Binding& b : bindings())
        out.push_back({settingName(b.name), b.field(copy)});
    out.push_back({QStringLiteral("suggest.introduce.pool"), double(introducePool)});
    out.push_back({QStringLiteral("suggest.reconnect.min_touchpoints"), double(reconnectMinTouchpoints)});
    out.push_back({QStringLiteral("suggest.reconnect.pool"), double(reconnectPool)});
    out.push_back({QStringLiteral("suggest.caution.min_reach"), double(cautionMinReach)});
    return out;
}

SuggestionSettings SuggestionSettings::load(const SettingsRepository& settings) {
    SuggestionSettings s;
    for (const Binding& b : bindings()) {
        double& field = b.field(s);
        field = std::max(0.0, settings.number(settingName(b.name), field));
    }
    s.introducePool =
        std::clamp(int(settings.number(QStringLiteral("suggest.introduce.pool"), s.introducePool)), 2, 5000);
    s.reconnectMinTouchpoints = std::max(
        1,
        int(settings.number(QStringLiteral("suggest.reconnect.min_touchpoints"), s.reconnectMinTouchpoints)));
    s.reconnectPool = std::clamp(
        int(settings.number(QStringLiteral("suggest.reconnect.pool"), s.reconnectPool)), 1, 100000);
    s.cautionMinReach = qint64(std::max(
        0.0, settings.number(QStringLiteral("suggest.caution.min_reach"), double(s.cautionMinReach))));
    s.health = settings.healthParameters();
    return s;
}

} // namespace chorus
