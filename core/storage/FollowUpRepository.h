#pragma once

#include "Database.h"
#include "model/FollowUp.h"
#include "util/Clock.h"

#include <QVector>

namespace chorus {

class PersonSummaryRepository;
class SettingsRepository;

/// Promises with due dates. Open follow-ups are counted in each person's summary.
class FollowUpRepository final {
public:
    FollowUpRepository(Database& db, const Clock& clock, PersonSummaryRepository& summaries,
                       const SettingsRepository& settings)
        : m_db(db)
        , m_clock(clock)
        , m_summaries(summaries)
        , m_settings(settings) {}

    Result<Id> add(const FollowUp& followUp);
    Status update(const FollowUp& followUp);
    Status markDone(Id id);
    Status reopen(Id id);
    Status snooze(Id id, const QDate& until);
    Status remove(Id id);
    Result<FollowUp> get(Id id) const;
    /// Open follow-ups, overdue first (by effective due date), then by due date.
    Result<QVector<FollowUp>> open(int limit = -1) const;
    /// Open follow-ups whose effective due date is on or before `date`.
    Result<QVector<FollowUp>> dueBy(const QDate& date) const;
    Result<QVector<FollowUp>> forPerson(Id personId) const;
    Result<int> countOpen() const;

private:
    Status setDone(Id id, const QVariant& doneAt);
    Status touchSummary(Id followUpId);

    Database& m_db;
    const Clock& m_clock;
    PersonSummaryRepository& m_summaries;
    const SettingsRepository& m_settings;
};

} // namespace chorus
