#pragma once

#include "Ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace chorus {

/// Something promised to a person, with a due date.
struct FollowUp {
    Id id = 0;
    Id personId = 0;
    QString personName; ///< filled on read
    QString title;
    QDate dueOn;
    QDate snoozedUntil; ///< null when not snoozed
    QDateTime doneAt;   ///< null while open
    QDateTime createdAt;
    Id touchpointId = 0; ///< the touchpoint it came from, if any

    bool isOpen() const { return doneAt.isNull(); }
    /// The date it is next shown as due: the snooze date when snoozed later than the due date.
    QDate effectiveDue() const {
        return snoozedUntil.isValid() && snoozedUntil > dueOn ? snoozedUntil : dueOn;
    }

    bool operator==(const FollowUp&) const = default;
};

} // namespace chorus
