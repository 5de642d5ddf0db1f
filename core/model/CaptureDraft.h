#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace chorus {

/// The fields of the event-capture form, saved one by one as they are typed.
enum class CaptureField {
    Name,
    Organisation,
    Role,
    Location,
    Handles,     ///< "mastodon:@ada@hachyderm.io, ada@example.org, github.com/ada" as typed
    Topics,      ///< "Rust on Windows, WebAssembly" as typed
    Stance,      ///< a stance key, or empty
    Note,        ///< becomes a note on the person
    FollowUp,    ///< what was promised, or empty
    FollowUpDue, ///< as typed: "friday", "in 2 weeks", "2026-12-01"
    Kind,        ///< the touchpoint kind key; "met" when empty
};

QString captureFieldKey(CaptureField field); ///< the key in the draft's JSON: "name", "follow_up_due"…
std::optional<CaptureField> captureFieldFromKey(const QString& key);
QString captureFieldLabel(CaptureField field);
QStringList captureFieldKeys();

/// One person being captured at an event, kept in capture_drafts until it is saved or discarded.
struct CaptureDraft {
    Id id = 0;
    Id eventId = 0;  ///< 0 when captured without an event
    Id personId = 0; ///< the existing person chosen as a match; 0 for a new person
    QMap<CaptureField, QString> values;
    QDate followUpDueOn; ///< the due date as resolved when it was typed ("friday" means that week's friday)
    QDateTime updatedAt;

    QString value(CaptureField field) const { return values.value(field); }
    bool isBlank() const;

    bool operator==(const CaptureDraft&) const = default;
};

} // namespace chorus
