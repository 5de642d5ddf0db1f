#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace chorus::io {

/// What a column of an import file holds. Several columns may map to one field: names are joined, identities
/// and tags collected, notes appended.
enum class ImportField {
    Ignore,
    Name,      ///< the whole name
    FirstName, ///< joined with middle and last name when there is no Name column
    MiddleName,
    LastName,
    Organisation,
    Role,
    Location,
    Email,
    Phone,
    Website,
    LinkedIn,
    Mastodon,
    Bluesky,
    GitHub,
    X,
    Handle, ///< any handle or address; its platform is recognised from the text
    Stance,
    Tags, ///< separated by ";", "," or Google's " ::: "
    Note,
    Reach,
};

/// Stable key for mapping files and the command line: "first-name", "email", "ignore"…
QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString& key);
/// Translated label for the mapping table.
QString importFieldLabel(ImportField field);
/// Every field in menu order.
QList<ImportField> importFields();
/// The identity platform of an identity field ("email", "linkedin"…); empty for other fields.
QString importFieldPlatform(ImportField field);

} // namespace chorus::io
