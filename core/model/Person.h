#pragma once

#include "Identity.h"
#include "Ids.h"
#include "Stance.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace chorus {

struct PersonTopic {
    Id topicId = 0;
    QString name;
    double weight = 1.0; ///< 0..1, how much the person cares about it

    bool operator==(const PersonTopic&) const = default;
};

/// Anyone in the user's world. A plain value: storage fills it, the UI edits copies of it.
struct Person {
    Id id = 0;
    QString name;
    QString organisation;
    QString role;
    QString location;
    Stance stance = Stance::Unknown;
    std::optional<qint64> reach; ///< audience size as the user knows it
    bool archived = false;
    bool isSelf = false; ///< the user's own row (participant in threads, centre of the ego network)
    QDateTime createdAt;
    QDateTime updatedAt;

    // Filled by PeopleRepository::get() only; list queries leave them empty.
    QVector<Identity> identities;
    QVector<PersonTopic> topics;
    QStringList tags;

    bool operator==(const Person&) const = default;
};

} // namespace chorus
