#include "Conversation.h"

#include "util/EnumTable.h"

namespace chorus {
namespace {
constexpr EnumTable<ConversationStatus, 5> kStatuses{
    "ConversationStatus",
    {{
        {ConversationStatus::Seen, "seen", QT_TRANSLATE_NOOP("ConversationStatus", "Seen")},
        {ConversationStatus::Watching, "watching", QT_TRANSLATE_NOOP("ConversationStatus", "Watching")},
        {ConversationStatus::Joined, "joined", QT_TRANSLATE_NOOP("ConversationStatus", "Joined")},
        {ConversationStatus::Hosting, "hosting", QT_TRANSLATE_NOOP("ConversationStatus", "Hosting")},
        {ConversationStatus::Closed, "closed", QT_TRANSLATE_NOOP("ConversationStatus", "Closed")},
    }}};

constexpr EnumTable<ParticipantRole, 3> kRoles{
    "ParticipantRole",
    {{
        {ParticipantRole::Started, "started", QT_TRANSLATE_NOOP("ParticipantRole", "Started it")},
        {ParticipantRole::Replied, "replied", QT_TRANSLATE_NOOP("ParticipantRole", "Replied")},
        {ParticipantRole::Mentioned, "mentioned", QT_TRANSLATE_NOOP("ParticipantRole", "Mentioned")},
    }}};
} // namespace

QString conversationStatusKey(ConversationStatus status) {
    return kStatuses.key(status);
}
std::optional<ConversationStatus> conversationStatusFromKey(const QString& key) {
    return kStatuses.fromKey(key);
}
QString conversationStatusLabel(ConversationStatus status) {
    return kStatuses.label(status);
}
QStringList conversationStatusKeys() {
    return kStatuses.keys();
}
QString participantRoleKey(ParticipantRole role) {
    return kRoles.key(role);
}
std::optional<ParticipantRole> participantRoleFromKey(const QString& key) {
    return kRoles.fromKey(key);
}
QString participantRoleLabel(ParticipantRole role) {
    return kRoles.label(role);
}

} // namespace chorus
