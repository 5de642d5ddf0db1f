#include "TouchpointRows.h"

#include "CsvImport.h"
#include "SourceLocation.h"
#include "util/DateParsing.h"

#include <QCoreApplication>

namespace chorus::io {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool saysWho(ImportField f) {
    return f == ImportField::Name || f == ImportField::FirstName || f == ImportField::LastName ||
           f == ImportField::PersonId || f == ImportField::Handle || !importFieldPlatform(f).isEmpty();
}

QString kindKeys() {
    QStringList keys;
    for (const TouchpointKindInfo& info : touchpointKinds())
        keys << info.key;
    return keys.join(QLatin1String(", "));
}

// The problem with a touchpoint value (empty when applied).
QString applyTouchpointValue(ImportField field, const QString& raw, TouchpointRecord& record,
                             QStringList& noteLines) {
    const QString value = raw.trimmed();
    switch (field) {
    case ImportField::PersonId: {
        if (value.isEmpty())
            return {};
        bool ok = false;
        const Id id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return Tr::tr("\"%1\" is not a person id").arg(value);
        record.personId = id;
        return {};
    }
    case ImportField::Kind: {
        if (value.isEmpty())
            return Tr::tr("no kind of touchpoint (%1)").arg(kindKeys());
        const auto kind = TouchpointRows::kindFromText(value);
        if (!kind)
            return Tr::tr("\"%1\" is not a kind of touchpoint (%2)").arg(value, kindKeys());
        record.touchpoint.kind = *kind;
        return {};
    }
    case ImportField::Date: {
        if (value.isEmpty())
            return Tr::tr("no date");
        const auto at = TouchpointRows::dateFromText(value);
        if (!at)
            return Tr::tr("\"%1\" is not a date (give 2026-11-20 or 2026-11-20T09:14:00Z)").arg(value);
        record.touchpoint.at = *at;
        return {};
    }
    case ImportField::Direction: {
        const QString v = value.toLower();
        if (v.isEmpty() || v == QLatin1String("out") || v == QLatin1String("outbound"))
            record.touchpoint.direction = Direction::Outbound;
        else if (v == QLatin1String("in") || v == QLatin1String("inbound"))
            record.touchpoint.direction = Direction::Inbound;
        else
            return Tr::tr("\"%1\" is not a direction (in or out)").arg(value);
        return {};
    }
    case ImportField::Channel:
        if (!value.isEmpty())
            noteLines << Tr::tr("Channel: %1").arg(value);
        return {};
    case ImportField::Url:
        if (!value.isEmpty() && record.url.isEmpty())
            record.url = value;
        return {};
    default:
        return {};
    }
}

} // namespace

std::optional<TouchpointKind> TouchpointRows::kindFromText(const QString& text) {
    const QString t = text.simplified().toLower();
    for (const TouchpointKindInfo& info : touchpointKinds()) {
        if (t == info.key || t == touchpointKindLabel(info.kind).toLower() ||
            t == QString::fromUtf8(info.labelSource).toLower())
            return info.kind;
    }
    static const QHash<QString, TouchpointKind> synonyms{
        {QStringLiteral("meeting"), TouchpointKind::Met},
        {QStringLiteral("meetup"), TouchpointKind::Met},
        {QStringLiteral("met in person"), TouchpointKind::Met},
        {QStringLiteral("video call"), TouchpointKind::Call},
        {QStringLiteral("phone call"), TouchpointKind::Call},
        {QStringLiteral("reply"), TouchpointKind::Replied},
        {QStringLiteral("asked feedback"), TouchpointKind::AskedFeedback},
        {QStringLiteral("asked to share"), TouchpointKind::AskedToShare},
        {QStringLiteral("co-create"), TouchpointKind::CoCreated},
        {QStringLiteral("cocreated"), TouchpointKind::CoCreated},
        {QStringLiteral("newsletter"), TouchpointKind::Broadcast},
    };
    if (auto it = synonyms.constFind(t); it != synonyms.cend())
        return *it;
    return std::nullopt;
}

std::optional<QDateTime> TouchpointRows::dateFromText(const QString& text) {
    QString t = text.trimmed();
    // "2026-11-20 09:14" (spreadsheets write a space for the T)
    if (t.size() >= 16 && t.at(10) == QLatin1Char(' ') && t.at(4) == QLatin1Char('-'))
        t[10] = QLatin1Char('T');
    return parseIsoDateTime(t);
}

Result<QVector<TouchpointRecord>> TouchpointRows::read(const CsvFile& file,
                                                       const QVector<ImportField>& fields) {
    const QStringList header = file.header();
    const bool who = std::any_of(fields.begin(), fields.end(), saysWho);
    const bool kind = fields.contains(ImportField::Kind);
    const bool date = fields.contains(ImportField::Date);
    if (!who || !kind || !date) {
        QStringList missing;
        if (!who)
            missing << Tr::tr("who (\"name\", \"person-id\", \"email\" or another handle)");
        if (!kind)
            missing << QStringLiteral("\"kind\"");
        if (!date)
            missing << QStringLiteral("\"date\"");
        return inputError(
            {file.fileName, file.headerLine(), 0, {}},
            Tr::tr("a touchpoint file needs columns for %1 (headers: %2); give a mapping that maps them")
                .arg(missing.join(QLatin1String(", ")), header.join(QLatin1String(", "))));
    }
    // What the rows say about the person (name, organisation, identities) and their notes.
    const QVector<ImportRecord> people = CsvImport::records(file, fields, false);
    const auto& rows = file.document.records;
    QVector<TouchpointRecord> out;
    out.reserve(people.size());
    for (qsizetype i = file.headerIndex + 1, r = 0; i < rows.size(); ++i, ++r) {
        const CsvRecord& row = rows[i];
        const ImportRecord& person = people[r];
        TouchpointRecord record;
        record.line = row.line;
        record.who = person.person;
        record.problem = person.problem;
        QStringList noteLines = person.notes;
        for (int c = 0; c < row.fields.size() && c < fields.size(); ++c) {
            const QString problem = applyTouchpointValue(fields[c], row.fields[c], record, noteLines);
            if (!problem.isEmpty() && record.problem.isEmpty())
                record.problem = Tr::tr("column %1 (%2): %3").arg(c + 1).arg(header.value(c), problem);
        }
        record.touchpoint.note = noteLines.join(QLatin1Char('\n'));
        if (record.problem.isEmpty() && record.personId == 0 && record.who.name.isEmpty() &&
            record.who.identities.isEmpty())
            record.problem = Tr::tr("no person (the row names nobody)");
        out << std::move(record);
    }
    return out;
}

} // namespace chorus::io
