#pragma once

#include "Database.h"
#include "model/Touchpoint.h"

#include <QVector>

#include <functional>

namespace chorus {

class PersonSummaryRepository;
class SettingsRepository;

/// Counts of the user's touchpoints on the do-with / do-to axis over a period.
struct AxisBalance {
    int doWith = 0;
    int doTo = 0;
    double doWithShare() const { return doWith + doTo > 0 ? double(doWith) / double(doWith + doTo) : 0.0; }
};

/// Touchpoints; every change refreshes the person's summary (health, last touchpoint) in the same
/// transaction.
class TouchpointRepository final {
public:
    TouchpointRepository(Database& db, PersonSummaryRepository& summaries, const SettingsRepository& settings)
        : m_db(db)
        , m_summaries(summaries)
        , m_settings(settings) {}

    Result<Id> add(const Touchpoint& touchpoint);
    Status update(const Touchpoint& touchpoint);
    Status remove(Id id);
    Result<Touchpoint> get(Id id) const;
    Result<QVector<Touchpoint>> forPerson(Id personId) const; ///< newest first
    Result<QVector<Touchpoint>> forEvent(Id eventId) const;
    Result<QVector<Touchpoint>> forConversation(Id conversationId) const;
    Result<int> count() const;
    /// Outbound touchpoints in [from, to) by axis.
    Result<AxisBalance> balance(const QDateTime& from, const QDateTime& to) const;
    /// Every touchpoint in [from, to), oldest first, without copying them all at once.
    Status forEachBetween(const QDateTime& from, const QDateTime& to,
                          const std::function<void(const Touchpoint&)>& visit) const;

private:
    Status validate(const Touchpoint& touchpoint) const;
    Status refresh(const QVector<Id>& personIds);

    Database& m_db;
    PersonSummaryRepository& m_summaries;
    const SettingsRepository& m_settings;
};

} // namespace chorus
