#include "CaptureDraft.h"

#include "util/EnumTable.h"

namespace chorus {
namespace {
constexpr EnumTable<CaptureField, 11> kFields{
    "Capture",
    {{
        {CaptureField::Name, "name", QT_TRANSLATE_NOOP("Capture", "Name")},
        {CaptureField::Organisation, "organisation", QT_TRANSLATE_NOOP("Capture", "Organisation")},
        {CaptureField::Role, "role", QT_TRANSLATE_NOOP("Capture", "Role")},
        {CaptureField::Location, "location", QT_TRANSLATE_NOOP("Capture", "Location")},
        {CaptureField::Handles, "handles", QT_TRANSLATE_NOOP("Capture", "Handles")},
        {CaptureField::Topics, "topics", QT_TRANSLATE_NOOP("Capture", "Topics")},
        {CaptureField::Stance, "stance", QT_TRANSLATE_NOOP("Capture", "Stance")},
        {CaptureField::Note, "note", QT_TRANSLATE_NOOP("Capture", "Note")},
        {CaptureField::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Capture", "Follow-up")},
        {CaptureField::FollowUpDue, "follow_up_due", QT_TRANSLATE_NOOP("Capture", "Due")},
        {CaptureField::Kind, "kind", QT_TRANSLATE_NOOP("Capture", "Kind")},
    }}};
} // namespace

QString captureFieldKey(CaptureField field) {
    return kFields.key(field);
}

std::optional<CaptureField> captureFieldFromKey(const QString& key) {
    return kFields.fromKey(key);
}

QString captureFieldLabel(CaptureField field) {
    return kFields.label(field);
}

QStringList captureFieldKeys() {
    return kFields.keys();
}

bool CaptureDraft::isBlank() const {
    if (personId > 0)
        return false;
    for (const QString& v : values) {
        if (!v.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace chorus
