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
    {ImportField::Note, "note", QT_TRANSLATE_NOOP("ImportField", "Note"), ""},
    {ImportField::Reach, "reach", QT_TRANSLATE_NOOP("ImportField", "Reach"), ""},
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

QString importFieldPlatform(ImportField field) {
    return QString::fromLatin1(info(field).platform);
}

} // namespace chorus::io
