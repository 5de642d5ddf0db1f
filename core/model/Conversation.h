#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <optional>

namespace chorus {

enum class ConversationStatus { Seen, Watching, Joined, Hosting, Closed };
enum class ParticipantRole { Started, Replied, Mentioned };

struct Participant {
    Id personId = 0;
    QString personName; ///< filled on read
    ParticipantRole role = ParticipantRole::Replied;
    int messages = 1; ///< how many times they spoke in the thread

    bool operator==(const Participant&) const = default;
};

/// A thread, post, talk or discussion somewhere. A person's own post is a conversation they started.
struct Conversation {
    Id id = 0;
    QString title;
    QString platform;
    QUrl url;
    QString summary;
    ConversationStatus status = ConversationStatus::Seen;
    QDateTime startedAt;
    QDateTime lastActivityAt;
    QString guid;    ///< feed item id, for de-duplication across refreshes
    Id sourceId = 0; ///< the feed it came from, 0 when entered by hand

    // Filled by ConversationRepository::get().
    QVector<Participant> participants;
    QStringList topics;

    bool operator==(const Conversation&) const = default;
};

QString conversationStatusKey(ConversationStatus status);
std::optional<ConversationStatus> conversationStatusFromKey(const QString& key);
QString conversationStatusLabel(ConversationStatus status);
QStringList conversationStatusKeys();
QString participantRoleKey(ParticipantRole role);
std::optional<ParticipantRole> participantRoleFromKey(const QString& key);
QString participantRoleLabel(ParticipantRole role);

} // namespace chorus
