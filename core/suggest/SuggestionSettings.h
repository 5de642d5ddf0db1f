#pragma once

#include "model/RelationshipHealth.h"
#include "util/Result.h"

#include <QString>
#include <QVector>

namespace chorus {

class SettingsRepository;

/// Every weight and threshold of the suggestion model, in one place (docs/SUGGESTIONS.md explains each).
/// Stored in workspace settings as "suggest.<name>"; anything not set keeps the default below.
struct SuggestionSettings {
    // Support: aligned people with a fresh piece of their own work.
    double supportWindowDays = 14;       ///< posts older than this are not "fresh work"
    double supportFreshHalfLifeDays = 3; ///< freshness halves every this many days
    double supportFreshness = 0.25;
    double supportVoice = 0.20;  ///< smaller (still growing) audiences weigh more
    double supportGrowth = 0.20; ///< a rising reach trend
    double supportAlignment = 0.10;
    double supportTopicFit = 0.15;
    double supportReciprocity = 0.10;
    double voicePivotReach = 5000;    ///< the audience at which "voice" is one half
    double growthFullMonthly = 0.10;  ///< monthly growth that scores a full 1.0
    double fairnessHalfLifeDays = 21; ///< recently supported people recover over this half-life
    double varietyFactor = 0.8;       ///< per earlier pick from the same community

    // Join: threads worth a reply.
    double joinWindowDays = 14;
    double joinFreshHalfLifeDays = 2;
    double joinFreshness = 0.25;
    double joinTopicFit = 0.30;
    double joinAlignedPresent = 0.25;
    double joinSize = 0.20;
    double joinSizePivot = 15; ///< participants at which "one more voice" is one half

    // Introduce: pairs with shared purpose who are not tied.
    int introducePool = 300;        ///< the best-known people considered
    double introduceMinHealth = 10; ///< "known to the user": health at least this
    double introducePurpose = 0.35;
    double introduceEvents = 0.15;
    double introduceFamiliarity = 0.20;
    double introduceBridge = 0.30;

    // Reconnect: valued relationships gone cold, and promises due.
    double reconnectColdHealth = 35; ///< health below this is "cold"
    int reconnectMinTouchpoints = 4; ///< "valued": at least this many touchpoints
    int reconnectPool = 200;         ///< cold people read per page, best first
    double reconnectInvestment = 0.40;
    double reconnectAlignment = 0.20;
    double reconnectColdness = 0.25;
    double reconnectReciprocity = 0.15;
    double followUpPromise = 1.0; ///< promises outrank everything else in the list
    double followUpLateness = 0.25;

    // Caution: influential sceptics.
    qint64 cautionMinReach = 2000;
    double cautionInfluence = 0.7;
    double cautionFreshness = 0.3;

    // Feedback.
    double doneQuietDays = 30;          ///< a reconnect or caution marked done stays quiet this long
    double reciprocityWindowDays = 365; ///< engagement counted over this period

    HealthParameters health; ///< from the health.* settings (half-life, kind weights)

    /// The values one setting may take: validate() refuses others, load() keeps stored ones inside it, and
    /// the Preferences page offers exactly these.
    struct Range {
        double min = 0;
        double max = 0;
        bool whole = false; ///< days, counts, audiences and pools
    };
    /// The range of a setting named as in entries() ("suggest.support.weight.voice").
    static Range rangeOf(const QString& name);

    /// The settings names and their current values, for the documentation and `chorus-cli suggest --explain`.
    QVector<std::pair<QString, double>> entries() const;
    static SuggestionSettings load(const SettingsRepository& settings);

    /// Checks new values for the settings named in entries(): every name known, every value a finite number
    /// within rangeOf(), and each list keeping at least one weight above zero (else all its scores would be
    /// zero and its order arbitrary). Names not given keep their stored values.
    static Status validate(const SettingsRepository& settings,
                           const QVector<std::pair<QString, double>>& values);
    /// Validates, then writes the values in one transaction; a value equal to its default removes the
    /// setting, so the workspace follows the defaults of later versions.
    static Status store(SettingsRepository& settings, const QVector<std::pair<QString, double>>& values);
};

} // namespace chorus
