#include "ImportField.h"

#include <QCoreApplication>

namespace chorus::io {
namespace {

struct FieldInfo {
    ImportField field;
    const char* key;
    const char* label;
    const char* platform;
};

// clang-format off
const FieldInfo kFields[] = {
    {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportField", "(ignore)"), ""},
    {ImportField::Name, "name", QT_TRANSLATE_NOOP("ImportField", "Name"), ""},
    {ImportField::FirstName, "first-name", QT_TRANSLATE_NOOP("ImportField", "First name"), ""},
    {ImportField::MiddleName, "middle-name", QT_TRANSLATE_NOOP("ImportField", "Middle name"), ""},
    {ImportField::LastName, "last-name", QT_TRANSLATE_NOOP("ImportField", "Last name"), ""},
    {ImportField::Organisation, "organisation", QT_TRANSLATE_NOOP("ImportField", "Organisation"), ""},
    {ImportField::Role, "role", QT_TRANSLATE_NOOP("ImportField", "Role"), ""},
    {ImportField::Location, "location", QT_TRANSLATE_NOOP("ImportField", "Location"), ""},
    {ImportField::Email, "email", QT_TRANSLATE_NOOP("ImportField", "Email"), "email"},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ImportField", "Phone"), "phone"},
    {ImportField::Website, "website", QT_TRANSLATE_NOOP("ImportField", "Website"), "website"},
    {ImportField::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("ImportField", "LinkedIn"), "linkedin"},
    {ImportField::Mastodon, "mastodon", QT_TRANSLATE_NOOP("ImportField", "Mastodon"), "mastodon"},
    {ImportField::Bluesky, "bluesky", QT_TRANSLATE_NOOP("ImportField", "Bluesky"), "bluesky"},
    {ImportField::GitHub, "github", QT_TRANSLATE_NOOP("ImportField", "GitHub"), "github"},
    {ImportField::X, "x", QT_TRANSLATE_NOOP("ImportField", "X"), "x"},
    {ImportField::Handle, "handle", QT_TRANSLATE_NOOP("ImportField", "Handle (any platform)"), ""},
    {ImportField::Stance, "stance", QT_TRANSLATE_NOOP("ImportField", "Stance"), ""},
    {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("ImportField", "Tags"), ""},
    {ImportField::Topics, "topics", QT_TRANSLATE_NOOP("ImportField", "Topics"), ""},
    {ImportField::Note, "note", QT_TRANSLATE_NOOP("ImportField", "Note"), ""},
    {ImportField::Reach, "reach", QT_TRANSLATE_NOOP("ImportField", "Reach"), ""},
    {ImportField::PersonId, "person-id", QT_TRANSLATE_NOOP("ImportField", "Person id"), ""},
    {ImportField::Kind, "kind", QT_TRANSLATE_NOOP("ImportField", "Kind of touchpoint"), ""},
    {ImportField::Date, "date", QT_TRANSLATE_NOOP("ImportField", "Date"), ""},
    {ImportField::Direction, "direction", QT_TRANSLATE_NOOP("ImportField", "Direction (in/out)"), ""},
    {ImportField::Channel, "channel", QT_TRANSLATE_NOOP("ImportField", "Channel"), ""},
    {ImportField::Url, "url", QT_TRANSLATE_NOOP("ImportField", "Link"), ""},
};
// clang-format on

const FieldInfo& info(ImportField field) {
    for (const FieldInfo& f : kFields) {
        if (f.field == field)
            return f;
    }
    return kFields[0];
}

} // namespace

QString importFieldKey(ImportField field) {
    return QString::fromLatin1(info(field).key);
}

std::optional<ImportField> importFieldFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    for (const FieldInfo& f : kFields) {
        if (k == QLatin1String(f.key))
            return f.field;
    }
    return std::nullopt;
}

QString importFieldLabel(ImportField field) {
    return QCoreApplication::translate("ImportField", info(field).label);
}

QList<ImportField> importFields() {
    QList<ImportField> all;
    for (const FieldInfo& f : kFields)
        all << f.field;
    return all;
}

static bool touchpointOnly(ImportField f) {
    return f == ImportField::PersonId || f == ImportField::Kind || f == ImportField::Date ||
           f == ImportField::Direction || f == ImportField::Channel || f == ImportField::Url;
}

static bool peopleOnly(ImportField f) {
    return f == ImportField::Role || f == ImportField::Location || f == ImportField::Stance ||
           f == ImportField::Tags || f == ImportField::Topics || f == ImportField::Reach;
}

QList<ImportField> importFields(ImportTarget target) {
    QList<ImportField> out;
    for (const FieldInfo& f : kFields) {
        if (!(target == ImportTarget::People ? touchpointOnly(f.field) : peopleOnly(f.field)))
            out << f.field;
    }
    return out;
}

QString importTargetKey(ImportTarget target) {
    return target == ImportTarget::Touchpoints ? QStringLiteral("touchpoints") : QStringLiteral("people");
}

std::optional<ImportTarget> importTargetFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("people"))
        return ImportTarget::People;
    if (k == QLatin1String("touchpoints"))
        return ImportTarget::Touchpoints;
    return std::nullopt;
}

QString importTargetLabel(ImportTarget target) {
    return target == ImportTarget::Touchpoints ? QCoreApplication::translate("ImportField", "Touchpoints")
                                               : QCoreApplication::translate("ImportField", "People");
}

QString importFieldPlatform(ImportField field) {
    return QString::fromLatin1(info(field).platform);
}

} // namespace chorus::io
