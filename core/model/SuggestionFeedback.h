#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace chorus {

enum class FeedbackAction { Done, Dismissed, Snoozed };

/// What the user did with a suggestion. The key identifies the suggestion's subject within its kind,
/// e.g. "person:12" for support, "pair:3:9" for introduce, "conversation:55" for join.
struct SuggestionFeedback {
    Id id = 0;
    QString kind;
    QString subjectKey;
    FeedbackAction action = FeedbackAction::Done;
    QDateTime at;
    QDateTime until; ///< for Snoozed

    bool operator==(const SuggestionFeedback&) const = default;
};

QString feedbackActionKey(FeedbackAction action);
std::optional<FeedbackAction> feedbackActionFromKey(const QString& key);

} // namespace chorus
