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
    Tags,   ///< separated by ";", "," or Google's " ::: "
    Topics, ///< the person's topics, separated like tags
    Note,
    Reach,
    // Touchpoints (ImportTarget::Touchpoints); the person fields above then say who it was with.
    PersonId,  ///< the person's id in the workspace
    Kind,      ///< a touchpoint kind: its key ("met") or label ("Met in person")
    Date,      ///< ISO 8601 date or date-time
    Direction, ///< "out" (you reached out, the default) or "in" (they did)
    Channel,   ///< where it happened ("Slack"): kept in the note
    Url,       ///< a link: the stored conversation with that link, else kept in the note
};

/// What a CSV file holds: people (one a row) or touchpoints (one a row, each with someone already stored).
enum class ImportTarget { People, Touchpoints };
QString importTargetKey(ImportTarget target); ///< "people", "touchpoints"
std::optional<ImportTarget> importTargetFromKey(const QString& key);
QString importTargetLabel(ImportTarget target);

/// Stable key for mapping files and the command line: "first-name", "email", "ignore"…
QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString& key);
/// Translated label for the mapping table.
QString importFieldLabel(ImportField field);
/// Every field in menu order.
QList<ImportField> importFields();
/// The fields that mean something for a target, in menu order.
QList<ImportField> importFields(ImportTarget target);
/// The identity platform of an identity field ("email", "linkedin"…); empty for other fields.
QString importFieldPlatform(ImportField field);

} // namespace chorus::io
