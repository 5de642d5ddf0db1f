#pragma once

#include "Database.h"
#include "model/SuggestionFeedback.h"
#include "util/Clock.h"

#include <QHash>
#include <QVector>

namespace chorus {

/// What the user did with suggestions; the latest word on each (kind, subject) counts.
class FeedbackRepository final {
public:
    FeedbackRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<Id> record(const SuggestionFeedback& feedback);
    /// The latest feedback per subject key for one suggestion kind.
    Result<QHash<QString, SuggestionFeedback>> latestByKind(const QString& kind) const;
    Result<QVector<SuggestionFeedback>> history(const QString& kind, const QString& subjectKey) const;
    Status clear(const QString& kind, const QString& subjectKey);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus
