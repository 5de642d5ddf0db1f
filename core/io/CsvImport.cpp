#include "CsvImport.h"

#include "SourceLocation.h"
#include "TextDecoding.h"
#include "TouchpointRows.h"
#include "model/IdentityParsing.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace chorus::io {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Several values in one cell: Google joins them with " ::: ", others with ";" or ",".
QStringList splitValues(const QString& value, bool commas) {
    // One value in the cell (nearly always): no splitting.
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('\n')) &&
        !(commas && value.contains(QLatin1Char(','))) && !value.contains(QLatin1String(":::"))) {
        const QString t = value.trimmed();
        return t.isEmpty() ? QStringList() : QStringList{t};
    }
    QString v = value;
    if (v.contains(QLatin1String(":::")))
        v.replace(QLatin1String(":::"), QLatin1String(";"));
    static const QRegularExpression withCommas(QStringLiteral("[;,\\n]"));
    static const QRegularExpression withoutCommas(QStringLiteral("[;\\n]"));
    QStringList out;
    for (const QString& part : v.split(commas ? withCommas : withoutCommas)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

// "'=SUM(1)" → "=SUM(1)": the apostrophe CSV writers (Chorus's among them) put before a cell a spreadsheet
// would run as a formula is not part of the value.
QString withoutFormulaGuard(const QString& value) {
    if (value.size() >= 2 && value.front() == QLatin1Char('\'')) {
        const QChar next = value.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
            next == QLatin1Char('@') || next == QChar(0xFF1D))
            return value.mid(1);
    }
    return value;
}

void addIdentity(Person& person, const Identity& identity) {
    const QString key = normalizedHandle(identity.platform, identity.handle);
    for (const Identity& existing : person.identities) {
        if (existing.platform == identity.platform &&
            normalizedHandle(existing.platform, existing.handle) == key)
            return;
    }
    person.identities << identity;
}

struct NameParts {
    QString first;
    QString middle;
    QString last;
};

// The problem text (empty when the value was applied).
// `commaLists`: whether a comma separates tags and topics in a cell (other tools' exports) or may be part of
// one (Chorus's own, which separates them with "; ").
QString applyValue(ImportField field, const QString& raw, ImportRecord& record, NameParts& parts,
                   bool commaLists) {
    const QString value = withoutFormulaGuard(raw.trimmed());
    if (value.isEmpty())
        return {};
    Person& p = record.person;
    auto setOnce = [&](QString& target) {
        if (target.isEmpty())
            target = value;
    };
    switch (field) {
    case ImportField::Ignore:
    case ImportField::PersonId: // the touchpoint fields are read by TouchpointRows
    case ImportField::Kind:
    case ImportField::Date:
    case ImportField::Direction:
    case ImportField::Channel:
    case ImportField::Url:
        return {};
    case ImportField::Name:
        setOnce(p.name);
        return {};
    case ImportField::FirstName:
        setOnce(parts.first);
        return {};
    case ImportField::MiddleName:
        setOnce(parts.middle);
        return {};
    case ImportField::LastName:
        setOnce(parts.last);
        return {};
    case ImportField::Organisation:
        setOnce(p.organisation);
        return {};
    case ImportField::Role:
        setOnce(p.role);
        return {};
    case ImportField::Location:
        setOnce(p.location);
        return {};
    case ImportField::Email:
        for (const QString& email : splitValues(value, true)) {
            const QString address =
                email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? email.mid(7) : email;
            if (!looksLikeEmail(address))
                return Tr::tr("\"%1\" is not an email address").arg(email);
            addIdentity(p, Identity{0, 0, QStringLiteral("email"), address, {}});
        }
        return {};
    case ImportField::Phone:
        for (const QString& phone : splitValues(value, false)) {
            if (normalizedHandle(QStringLiteral("phone"), phone).isEmpty())
                return Tr::tr("\"%1\" is not a phone number").arg(phone);
            addIdentity(p, Identity{0, 0, QStringLiteral("phone"), phone, {}});
        }
        return {};
    case ImportField::Website:
    case ImportField::LinkedIn:
    case ImportField::Mastodon:
    case ImportField::Bluesky:
    case ImportField::GitHub:
    case ImportField::X: {
        const QString platform = importFieldPlatform(field);
        for (const QString& text : splitValues(value, false)) {
            auto parsed = parseIdentityText(text);
            Identity identity;
            if (parsed && (parsed->platform == platform || field == ImportField::Website)) {
                identity = *parsed;
                if (field == ImportField::Website && identity.platform == QLatin1String("other"))
                    identity.platform = platform;
            } else {
                const bool link = text.startsWith(QLatin1String("http"), Qt::CaseInsensitive);
                identity = Identity{0, 0, platform, text, link ? text : QString()};
            }
            if (auto st = validateIdentity(identity); !st)
                return st.error().message;
            addIdentity(p, identity);
        }
        return {};
    }
    case ImportField::Handle: {
        auto list = parseIdentityList(value);
        if (!list)
            return list.error().message;
        for (const Identity& identity : *list)
            addIdentity(p, identity);
        return {};
    }
    case ImportField::Stance: {
        const auto stance = stanceFromKey(value.toLower());
        if (!stance)
            return Tr::tr("\"%1\" is not a stance (%2)").arg(value, stanceKeys().join(QLatin1String(", ")));
        p.stance = *stance;
        return {};
    }
    case ImportField::Tags:
        for (const QString& tag : splitValues(value, commaLists)) {
            // Google's system groups ("* myContacts", "* starred") are not the user's tags.
            if (!tag.startsWith(QLatin1Char('*')) && !p.tags.contains(tag, Qt::CaseInsensitive))
                p.tags << tag;
        }
        return {};
    case ImportField::Topics:
        for (const QString& topic : splitValues(value, commaLists)) {
            const bool has = std::any_of(p.topics.begin(), p.topics.end(), [&](const PersonTopic& t) {
                return t.name.compare(topic, Qt::CaseInsensitive) == 0;
            });
            if (!has)
                p.topics << PersonTopic{0, topic, 1.0};
        }
        return {};
    case ImportField::Note:
        // Several note columns make one note.
        if (record.notes.isEmpty())
            record.notes << value;
        else
            record.notes.last() += QLatin1Char('\n') + value;
        return {};
    case ImportField::Reach: {
        bool ok = false;
        const qint64 reach = QString(value).remove(QLatin1Char(',')).remove(QLatin1Char(' ')).toLongLong(&ok);
        if (!ok || reach < 0)
            return Tr::tr("\"%1\" is not an audience size").arg(value);
        p.reach = reach;
        return {};
    }
    }
    return {};
}

bool looksLikeHeader(const QStringList& fields) {
    int known = 0;
    CsvImportOptions touchpoints;
    touchpoints.target = ImportTarget::Touchpoints;
    for (const QString& f : fields) {
        if (mapColumns({f}, {}).value(0) != ImportField::Ignore ||
            mapColumns({f}, touchpoints).value(0) != ImportField::Ignore)
            ++known;
    }
    return known >= 1 && fields.size() >= 2;
}

} // namespace

Result<CsvFile> CsvImport::load(const QByteArray& bytes, const QString& fileName,
                                const CsvImportOptions& options, const std::function<bool(int)>& progress) {
    auto decoded = decodeText(bytes, fileName, options.encoding);
    if (!decoded)
        return decoded.error();
    CsvFile file;
    file.fileName = fileName;
    file.encoding = decoded->encoding;
    const QString& text = decoded->text;
    file.delimiter = options.delimiter.isNull() ? CsvParser::detectDelimiter(text) : options.delimiter;
    std::function<bool(qsizetype)> parseProgress;
    if (progress) {
        const double total = std::max<double>(1.0, double(text.size()));
        parseProgress = [&](qsizetype at) {
            return progress(int(1000.0 * double(at) / total));
        };
    }
    auto doc = CsvParser::parse(text, file.delimiter, fileName, parseProgress);
    if (!doc)
        return doc.error();
    file.document = std::move(*doc);
    const auto& records = file.document.records;
    if (records.isEmpty())
        return inputError({fileName, 0, 0, {}}, Tr::tr("the file holds no rows"));
    // A short preamble (LinkedIn's "Notes:" paragraph) above a recognisable header is skipped.
    for (int i = 0; i < std::min<int>(5, int(records.size())); ++i) {
        if (looksLikeHeader(records[i].fields)) {
            file.headerIndex = i;
            break;
        }
    }
    const QStringList header = file.header();
    for (qsizetype i = file.headerIndex + 1; i < records.size(); ++i) {
        const CsvRecord& r = records[i];
        if (r.fields.size() != header.size()) {
            return inputError({fileName, r.line, 0, {}},
                              Tr::tr("this row has %1 fields but the header (line %2) has %3")
                                  .arg(r.fields.size())
                                  .arg(file.headerLine())
                                  .arg(header.size()));
        }
    }
    return file;
}

QVector<ImportRecord> CsvImport::records(const CsvFile& file, const QVector<ImportField>& fields,
                                         bool requireName, const QString& preset) {
    const bool commaLists = preset != QLatin1String("chorus");
    QVector<ImportRecord> out;
    const auto& rows = file.document.records;
    const QStringList header = file.header();
    out.reserve(rows.size());
    for (qsizetype i = file.headerIndex + 1; i < rows.size(); ++i) {
        const CsvRecord& row = rows[i];
        ImportRecord record;
        record.line = row.line;
        NameParts parts;
        for (int c = 0; c < row.fields.size() && c < fields.size(); ++c) {
            const QString problem = applyValue(fields[c], row.fields[c], record, parts, commaLists);
            if (!problem.isEmpty() && record.problem.isEmpty())
                record.problem = Tr::tr("column %1 (%2): %3").arg(c + 1).arg(header.value(c), problem);
        }
        if (record.person.name.isEmpty()) {
            QStringList words;
            for (const QString& w : {parts.first, parts.middle, parts.last}) {
                if (!w.isEmpty())
                    words << w;
            }
            record.person.name = words.join(QLatin1Char(' '));
        }
        if (requireName && record.person.name.isEmpty() && record.problem.isEmpty())
            record.problem = Tr::tr("no name (map a column to Name, or to First and Last name)");
        out << std::move(record);
    }
    return out;
}

Result<ImportSource> CsvImport::read(const QByteArray& bytes, const QString& fileName,
                                     const CsvImportOptions& options,
                                     const std::function<bool(int)>& progress) {
    auto file = load(bytes, fileName, options, progress);
    if (!file)
        return file.error();
    ImportSource source;
    source.fileName = fileName;
    source.format = QStringLiteral("csv");
    source.encoding = file->encoding;
    source.delimiter = file->delimiter;
    source.header = file->header();
    source.headerLine = file->headerLine();
    source.fields = mapColumns(source.header, options, &source.preset, &source.target);
    if (source.target == ImportTarget::Touchpoints) {
        auto rows = TouchpointRows::read(*file, source.fields);
        if (!rows)
            return rows.error();
        source.touchpoints = std::move(*rows);
        return source;
    }
    const bool named = std::any_of(source.fields.begin(), source.fields.end(), [](ImportField f) {
        return f == ImportField::Name || f == ImportField::FirstName || f == ImportField::LastName;
    });
    if (!named)
        return inputError(
            {fileName, source.headerLine, 0, {}},
            Tr::tr("no column holds a name (headers: %1); give a mapping that maps one to \"name\" or "
                   "\"first-name\"/\"last-name\"")
                .arg(source.header.join(QLatin1String(", "))));
    source.records = records(*file, source.fields, true, source.preset);
    return source;
}

} // namespace chorus::io
