#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace chorus::io {
namespace {

using F = ImportField;

// Usual header names across address books and spreadsheets (normalised).
const QHash<QString, ImportField>& usualNames() {
    static const QHash<QString, ImportField> names{
        {QStringLiteral("name"), F::Name},
        {QStringLiteral("full name"), F::Name},
        {QStringLiteral("display name"), F::Name},
        {QStringLiteral("first name"), F::FirstName},
        {QStringLiteral("given name"), F::FirstName},
        {QStringLiteral("middle name"), F::MiddleName},
        {QStringLiteral("additional name"), F::MiddleName},
        {QStringLiteral("last name"), F::LastName},
        {QStringLiteral("family name"), F::LastName},
        {QStringLiteral("surname"), F::LastName},
        {QStringLiteral("company"), F::Organisation},
        {QStringLiteral("organisation"), F::Organisation},
        {QStringLiteral("organization"), F::Organisation},
        {QStringLiteral("organization name"), F::Organisation},
        {QStringLiteral("organization 1 - name"), F::Organisation},
        {QStringLiteral("role"), F::Role},
        {QStringLiteral("position"), F::Role},
        {QStringLiteral("title"), F::Role},
        {QStringLiteral("job title"), F::Role},
        {QStringLiteral("organization title"), F::Role},
        {QStringLiteral("organization 1 - title"), F::Role},
        {QStringLiteral("location"), F::Location},
        {QStringLiteral("city"), F::Location},
        {QStringLiteral("email"), F::Email},
        {QStringLiteral("e-mail"), F::Email},
        {QStringLiteral("email address"), F::Email},
        {QStringLiteral("e-mail address"), F::Email},
        {QStringLiteral("e-mail 2 address"), F::Email},
        {QStringLiteral("e-mail 3 address"), F::Email},
        {QStringLiteral("e-mail 1 - value"), F::Email},
        {QStringLiteral("e-mail 2 - value"), F::Email},
        {QStringLiteral("emails"), F::Email},
        {QStringLiteral("phone"), F::Phone},
        {QStringLiteral("mobile phone"), F::Phone},
        {QStringLiteral("business phone"), F::Phone},
        {QStringLiteral("home phone"), F::Phone},
        {QStringLiteral("primary phone"), F::Phone},
        {QStringLiteral("phone 1 - value"), F::Phone},
        {QStringLiteral("phone 2 - value"), F::Phone},
        {QStringLiteral("website"), F::Website},
        {QStringLiteral("web page"), F::Website},
        {QStringLiteral("website 1 - value"), F::Website},
        {QStringLiteral("url"), F::Website},
        {QStringLiteral("linkedin"), F::LinkedIn},
        {QStringLiteral("mastodon"), F::Mastodon},
        {QStringLiteral("bluesky"), F::Bluesky},
        {QStringLiteral("github"), F::GitHub},
        {QStringLiteral("x"), F::X},
        {QStringLiteral("twitter"), F::X},
        {QStringLiteral("handle"), F::Handle},
        {QStringLiteral("handles"), F::Handle},
        {QStringLiteral("stance"), F::Stance},
        {QStringLiteral("tags"), F::Tags},
        {QStringLiteral("labels"), F::Tags},
        {QStringLiteral("categories"), F::Tags},
        {QStringLiteral("group membership"), F::Tags},
        {QStringLiteral("topics"), F::Topics},
        {QStringLiteral("interests"), F::Topics},
        {QStringLiteral("notes"), F::Note},
        {QStringLiteral("note"), F::Note},
        {QStringLiteral("reach"), F::Reach},
    };
    return names;
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MappingPreset)
};

// Usual header names of touchpoint logs (normalised); identity columns ("Email", "GitHub"…) as for people.
const QHash<QString, ImportField>& usualTouchpointNames() {
    static const QHash<QString, ImportField> names{
        {QStringLiteral("person"), F::Name},
        {QStringLiteral("who"), F::Name},
        {QStringLiteral("contact"), F::Name},
        {QStringLiteral("with"), F::Name},
        {QStringLiteral("person id"), F::PersonId},
        {QStringLiteral("person_id"), F::PersonId},
        {QStringLiteral("kind"), F::Kind},
        {QStringLiteral("type"), F::Kind},
        {QStringLiteral("activity"), F::Kind},
        {QStringLiteral("date"), F::Date},
        {QStringLiteral("at"), F::Date},
        {QStringLiteral("when"), F::Date},
        {QStringLiteral("time"), F::Date},
        {QStringLiteral("direction"), F::Direction},
        {QStringLiteral("channel"), F::Channel},
        {QStringLiteral("medium"), F::Channel},
        {QStringLiteral("via"), F::Channel},
        {QStringLiteral("url"), F::Url},
        {QStringLiteral("link"), F::Url},
        {QStringLiteral("summary"), F::Note},
    };
    return names;
}

QVector<MappingPreset> buildPresets() {
    return {
        {QStringLiteral("linkedin"),
         Tr::tr("LinkedIn connections"),
         {QStringLiteral("first name"), QStringLiteral("last name"), QStringLiteral("url"),
          QStringLiteral("email address"), QStringLiteral("company"), QStringLiteral("position"),
          QStringLiteral("connected on")},
         {{QStringLiteral("first name"), F::FirstName},
          {QStringLiteral("last name"), F::LastName},
          {QStringLiteral("url"), F::LinkedIn},
          {QStringLiteral("email address"), F::Email},
          {QStringLiteral("company"), F::Organisation},
          {QStringLiteral("position"), F::Role},
          {QStringLiteral("connected on"), F::Ignore}}},
        {QStringLiteral("google"),
         Tr::tr("Google contacts"),
         {QStringLiteral("e-mail 1 - value")},
         {{QStringLiteral("name"), F::Name},
          {QStringLiteral("given name"), F::FirstName},
          {QStringLiteral("additional name"), F::MiddleName},
          {QStringLiteral("family name"), F::LastName},
          {QStringLiteral("organization 1 - name"), F::Organisation},
          {QStringLiteral("organization 1 - title"), F::Role},
          {QStringLiteral("organization name"), F::Organisation},
          {QStringLiteral("organization title"), F::Role},
          {QStringLiteral("group membership"), F::Tags},
          {QStringLiteral("labels"), F::Tags},
          {QStringLiteral("website 1 - value"), F::Website}}},
        {QStringLiteral("outlook"),
         Tr::tr("Outlook contacts"),
         {QStringLiteral("e-mail address"), QStringLiteral("job title")},
         {{QStringLiteral("company"), F::Organisation},
          {QStringLiteral("job title"), F::Role},
          {QStringLiteral("e-mail address"), F::Email},
          {QStringLiteral("e-mail 2 address"), F::Email},
          {QStringLiteral("e-mail 3 address"), F::Email},
          {QStringLiteral("business city"), F::Location},
          {QStringLiteral("web page"), F::Website},
          {QStringLiteral("categories"), F::Tags}}},
        {QStringLiteral("chorus"),
         Tr::tr("Chorus people"),
         {QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("stance")},
         {{QStringLiteral("name"), F::Name},
          {QStringLiteral("organisation"), F::Organisation},
          {QStringLiteral("role"), F::Role},
          {QStringLiteral("location"), F::Location},
          {QStringLiteral("stance"), F::Stance},
          {QStringLiteral("reach"), F::Reach},
          {QStringLiteral("handles"), F::Handle},
          {QStringLiteral("topics"), F::Topics},
          {QStringLiteral("tags"), F::Tags}}},
        {QStringLiteral("touchpoints"),
         Tr::tr("Chorus touchpoints"),
         {QStringLiteral("at"), QStringLiteral("person_id"), QStringLiteral("kind")},
         {{QStringLiteral("at"), F::Date},
          {QStringLiteral("person_id"), F::PersonId},
          {QStringLiteral("person"), F::Name},
          {QStringLiteral("kind"), F::Kind},
          {QStringLiteral("direction"), F::Direction},
          {QStringLiteral("note"), F::Note},
          {QStringLiteral("id"), F::Ignore},
          {QStringLiteral("axis"), F::Ignore},
          {QStringLiteral("conversation_id"), F::Ignore},
          {QStringLiteral("event_id"), F::Ignore}},
         ImportTarget::Touchpoints},
    };
}

Error mappingError(const QString& file, const QString& problem) {
    return makeError(ErrorCode::Invalid, QStringLiteral("%1: %2").arg(file, problem));
}

} // namespace

const QVector<MappingPreset>& mappingPresets() {
    static const QVector<MappingPreset> presets = buildPresets();
    return presets;
}

const MappingPreset* findPreset(const QString& key) {
    for (const MappingPreset& p : mappingPresets()) {
        if (p.key == key.trimmed().toLower())
            return &p;
    }
    return nullptr;
}

QString normalizedHeader(const QString& header) {
    return header.simplified().toLower();
}

const MappingPreset* detectPreset(const QStringList& header) {
    QSet<QString> present;
    for (const QString& h : header)
        present.insert(normalizedHeader(h));
    const MappingPreset* best = nullptr;
    for (const MappingPreset& p : mappingPresets()) {
        const bool all = std::all_of(p.signature.begin(), p.signature.end(),
                                     [&](const QString& s) { return present.contains(s); });
        if (all && (!best || p.signature.size() > best->signature.size()))
            best = &p;
    }
    return best;
}

QVector<ImportField> mapColumns(const QStringList& header, const CsvImportOptions& options,
                                QString* presetUsed, ImportTarget* targetUsed) {
    const MappingPreset* preset =
        options.preset.isEmpty() ? detectPreset(header) : findPreset(options.preset);
    const ImportTarget target = options.target ? *options.target
                                : preset       ? preset->target
                                               : ImportTarget::People;
    if (preset && preset->target != target)
        preset = nullptr; // a people preset says nothing about a touchpoint file, and the other way round
    if (presetUsed)
        *presetUsed = preset ? preset->key : QString();
    if (targetUsed)
        *targetUsed = target;
    QHash<QString, ImportField> explicitColumns;
    for (auto it = options.columns.begin(); it != options.columns.end(); ++it)
        explicitColumns.insert(normalizedHeader(it.key()), it.value());
    const QList<ImportField> allowed = importFields(target);
    QVector<ImportField> fields;
    fields.reserve(header.size());
    for (const QString& h : header) {
        const QString key = normalizedHeader(h);
        std::optional<ImportField> field;
        if (auto it = explicitColumns.constFind(key); it != explicitColumns.cend())
            field = *it;
        if (!field && preset) {
            for (const auto& [name, f] : preset->columns) {
                if (name == key) {
                    field = f;
                    break;
                }
            }
        }
        if (!field && target == ImportTarget::Touchpoints) {
            if (auto it = usualTouchpointNames().constFind(key); it != usualTouchpointNames().cend())
                field = *it;
        }
        if (!field)
            field = usualNames().value(key, F::Ignore);
        fields << (allowed.contains(*field) ? *field : F::Ignore);
    }
    return fields;
}

Result<CsvImportOptions> loadMapping(const QString& presetOrFile) {
    CsvImportOptions options;
    if (findPreset(presetOrFile) && !QFileInfo::exists(presetOrFile)) {
        options.preset = presetOrFile.trimmed().toLower();
        return options;
    }
    QFile file(presetOrFile);
    if (!file.open(QIODevice::ReadOnly)) {
        QStringList keys;
        for (const MappingPreset& p : mappingPresets())
            keys << p.key;
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Import", "%1: no such mapping file or preset (presets: %2)")
                .arg(presetOrFile, keys.join(QLatin1String(", "))));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return mappingError(
            presetOrFile, QCoreApplication::translate("Import", "not a JSON mapping object (%1 at offset %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("preset")) {
            options.preset = it->toString().trimmed().toLower();
            if (!findPreset(options.preset))
                return mappingError(presetOrFile,
                                    QCoreApplication::translate("Import", "\"preset\": unknown preset "
                                                                          "\"%1\"")
                                        .arg(it->toString()));
        } else if (key == QLatin1String("target")) {
            options.target = importTargetFromKey(it->toString());
            if (!options.target)
                return mappingError(presetOrFile,
                                    QCoreApplication::translate("Import", "\"target\": give \"people\" or "
                                                                          "\"touchpoints\", not \"%1\"")
                                        .arg(it->toString()));
        } else if (key == QLatin1String("encoding")) {
            options.encoding = it->toString();
        } else if (key == QLatin1String("delimiter")) {
            const QString d = it->toString();
            if (d == QLatin1String("tab") || d == QLatin1String("\t"))
                options.delimiter = QLatin1Char('\t');
            else if (d == QLatin1String(",") || d == QLatin1String(";"))
                options.delimiter = d.front();
            else
                return mappingError(
                    presetOrFile, QCoreApplication::translate("Import", "\"delimiter\": give \",\", \";\" or "
                                                                        "\"tab\", not \"%1\"")
                                      .arg(d));
        } else if (key == QLatin1String("columns")) {
            if (!it->isObject())
                return mappingError(
                    presetOrFile,
                    QCoreApplication::translate("Import", "\"columns\": give an object of header: field"));
            const QJsonObject columns = it->toObject();
            for (auto c = columns.begin(); c != columns.end(); ++c) {
                const auto field = importFieldFromKey(c->toString());
                if (!field)
                    return mappingError(presetOrFile, QCoreApplication::translate(
                                                          "Import", "column \"%1\": unknown field \"%2\"")
                                                          .arg(c.key(), c->toString()));
                options.columns.insert(c.key(), *field);
            }
        } else {
            return mappingError(
                presetOrFile,
                QCoreApplication::translate("Import", "unknown key \"%1\" (known: preset, target, encoding, "
                                                      "delimiter, columns)")
                    .arg(key));
        }
    }
    return options;
}

QByteArray mappingToJson(const CsvImportOptions& options) {
    QJsonObject root;
    if (!options.preset.isEmpty())
        root.insert(QStringLiteral("preset"), options.preset);
    if (options.target)
        root.insert(QStringLiteral("target"), importTargetKey(*options.target));
    if (!options.encoding.isEmpty())
        root.insert(QStringLiteral("encoding"), options.encoding);
    if (!options.delimiter.isNull())
        root.insert(QStringLiteral("delimiter"), options.delimiter == QLatin1Char('\t')
                                                     ? QStringLiteral("tab")
                                                     : QString(options.delimiter));
    QJsonObject columns;
    for (auto it = options.columns.begin(); it != options.columns.end(); ++it)
        columns.insert(it.key(), importFieldKey(it.value()));
    root.insert(QStringLiteral("columns"), columns);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace chorus::io
