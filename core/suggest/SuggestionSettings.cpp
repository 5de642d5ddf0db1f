#include "SuggestionSettings.h"

#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
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

double clampTo(const SuggestionSettings::Range& r, double value) {
    const double inside = std::clamp(value, r.min, r.max);
    return r.whole ? std::round(inside) : inside;
}

double stored(const SettingsRepository& settings, const QString& name, double fallback) {
    return clampTo(SuggestionSettings::rangeOf(name), settings.number(name, fallback));
}
} // namespace

SuggestionSettings::Range SuggestionSettings::rangeOf(const QString& name) {
    const auto is = [&name](const char* key) {
        return name == settingName(key);
    };
    if (name.contains(QLatin1String(".weight.")))
        return {0, 5, false};
    if (name.endsWith(QLatin1String("_days")))
        return {1, 3650, true};
    if (is("support.growth_full_monthly") || is("support.variety_factor"))
        return {0, 1, false};
    if (is("introduce.min_health") || is("reconnect.cold_health"))
        return {0, 100, false};
    if (is("support.voice_pivot_reach") || is("join.size_pivot") || is("caution.min_reach"))
        return {1, 1e9, true};
    if (is("reconnect.min_touchpoints"))
        return {1, 1000, true};
    if (is("introduce.pool") || is("reconnect.pool"))
        return {2, 5000, true};
    return {0, 1e9, false};
}

Status SuggestionSettings::validate(const SettingsRepository& settings,
                                    const QVector<std::pair<QString, double>>& values) {
    QHash<QString, double> merged;
    for (const auto& [name, value] : load(settings).entries())
        merged.insert(name, value);
    for (const auto& [name, value] : values) {
        if (!merged.contains(name))
            return makeError(ErrorCode::Invalid, Tr::tr("%1: not a suggestion setting.").arg(name));
        const Range r = rangeOf(name);
        if (!std::isfinite(value) || value < r.min || value > r.max ||
            (r.whole && value != std::floor(value)))
            return makeError(ErrorCode::Invalid,
                             (r.whole ? Tr::tr("%1: must be a whole number from %2 to %3.")
                                      : Tr::tr("%1: must be a number from %2 to %3."))
                                 .arg(name, QString::number(r.min), QString::number(r.max)));
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
    out.push_back({settingName("introduce.pool"), double(introducePool)});
    out.push_back({settingName("reconnect.min_touchpoints"), double(reconnectMinTouchpoints)});
    out.push_back({settingName("reconnect.pool"), double(reconnectPool)});
    out.push_back({settingName("caution.min_reach"), double(cautionMinReach)});
    return out;
}

SuggestionSettings SuggestionSettings::load(const SettingsRepository& settings) {
    SuggestionSettings s;
    for (const Binding& b : bindings()) {
        double& field = b.field(s);
        field = stored(settings, settingName(b.name), field);
    }
    s.introducePool = int(stored(settings, settingName("introduce.pool"), s.introducePool));
    s.reconnectMinTouchpoints =
        int(stored(settings, settingName("reconnect.min_touchpoints"), s.reconnectMinTouchpoints));
    s.reconnectPool = int(stored(settings, settingName("reconnect.pool"), s.reconnectPool));
    s.cautionMinReach = qint64(stored(settings, settingName("caution.min_reach"), double(s.cautionMinReach)));
    s.health = settings.healthParameters();
    return s;
}

} // namespace chorus
