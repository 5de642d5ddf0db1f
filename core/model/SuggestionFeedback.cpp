#include "SuggestionFeedback.h"

#include "util/EnumTable.h"

namespace chorus {
namespace {
constexpr EnumTable<FeedbackAction, 3> kActions{
    "FeedbackAction",
    {{
        {FeedbackAction::Done, "done", QT_TRANSLATE_NOOP("FeedbackAction", "Done")},
        {FeedbackAction::Dismissed, "dismissed", QT_TRANSLATE_NOOP("FeedbackAction", "Dismissed")},
        {FeedbackAction::Snoozed, "snoozed", QT_TRANSLATE_NOOP("FeedbackAction", "Snoozed")},
    }}};
} // namespace

QString feedbackActionKey(FeedbackAction action) {
    return kActions.key(action);
}
std::optional<FeedbackAction> feedbackActionFromKey(const QString& key) {
    return kActions.fromKey(key);
}

} // namespace chorus
