#include "VCardReader.h"

#include "SourceLocation.h"
#include "TextDecoding.h"

#include <QCoreApplication>

namespace chorus::io {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct PhysicalLine {
    int number = 0;
    QByteArray text;
};

QVector<PhysicalLine> physicalLines(const QByteArray& bytes) {
    QVector<PhysicalLine> lines;
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int number = 1;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.push_back({number++, line});
        start = end + 1;
    }
    return lines;
}

// The index of the first ':' outside double quotes, or -1.
qsizetype valueColon(const QByteArray& line) {
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return i;
    }
    return -1;
}

bool isQuotedPrintable(const QByteArray& head) {
    return head.toUpper().contains("QUOTED-PRINTABLE");
}

QByteArray decodeQuotedPrintable(const QByteArray& in) {
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        if (in[i] == '=' && i + 1 == in.size())
            break; // a soft line break left at the very end
        out.append(in[i]);
    }
    return out;
}

QStringList splitOutsideQuotes(const QByteArray& head, char separator) {
    QStringList parts;
    QByteArray current;
    bool quoted = false;
    for (char c : head) {
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts << QString::fromUtf8(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts << QString::fromUtf8(current);
    return parts;
}

Result<VCardProperty> parseProperty(const QByteArray& logical, int line, const QString& fileName) {
    const qsizetype colon = valueColon(logical);
    if (colon <= 0)
        return inputError(
            {fileName, line, 0, {}},
            Tr::tr("\"%1\" is not a vCard property (NAME:value)").arg(QString::fromUtf8(logical.left(60))));
    VCardProperty p;
    p.line = line;
    const QStringList head = splitOutsideQuotes(logical.left(colon), ';');
    QString name = head.first().trimmed();
    if (const qsizetype dot = name.indexOf(QLatin1Char('.')); dot > 0) {
        p.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    p.name = name.toUpper();
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QString param = head[i].trimmed();
        if (param.isEmpty())
            continue;
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        QString key = eq < 0 ? QStringLiteral("TYPE") : param.left(eq).trimmed().toUpper();
        QString value = eq < 0 ? param : param.mid(eq + 1).trimmed();
        if (eq < 0 && (param.compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0 ||
                       param.compare(QLatin1String("BASE64"), Qt::CaseInsensitive) == 0))
            key = QStringLiteral("ENCODING");
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        p.params.insert(key, value);
    }
    QByteArray raw = logical.mid(colon + 1);
    const QString encoding = p.param(QStringLiteral("ENCODING")).toUpper();
    if (encoding == QLatin1String("QUOTED-PRINTABLE"))
        raw = decodeQuotedPrintable(raw);
    else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64"))
        raw.clear(); // photos and other binary values are not imported
    const QString charset = p.param(QStringLiteral("CHARSET"));
    auto decoded = decodeText(raw, fileName, charset.isEmpty() ? QStringLiteral("auto") : charset);
    if (!decoded)
        return inputError({fileName, line, 0, p.name},
                          decoded.error().message.section(QStringLiteral(": "), -1));
    p.value = decoded->text;
    return p;
}

} // namespace

QStringList VCardProperty::types() const {
    QStringList out;
    for (const QString& t : params.values(QStringLiteral("TYPE"))) {
        for (const QString& part : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed().toLower();
    }
    return out;
}

QVector<const VCardProperty*> VCard::all(const QString& name) const {
    QVector<const VCardProperty*> out;
    for (const VCardProperty& p : properties) {
        if (p.name == name)
            out << &p;
    }
    return out;
}

const VCardProperty* VCard::first(const QString& name) const {
    for (const VCardProperty& p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

Result<QVector<VCard>> VCardReader::parse(const QByteArray& bytes, const QString& fileName) {
    const QVector<PhysicalLine> lines = physicalLines(bytes);
    QVector<VCard> cards;
    std::optional<VCard> card;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = lines[i].number;
        QByteArray logical = lines[i].text;
        // Unfold: a line starting with a space or tab continues the one before.
        auto unfold = [&] {
            while (i + 1 < lines.size() && !lines[i + 1].text.isEmpty() &&
                   (lines[i + 1].text[0] == ' ' || lines[i + 1].text[0] == '\t')) {
                logical += lines[++i].text.mid(1);
            }
        };
        unfold();
        // vCard 2.1 quoted-printable: "=" at the end of the line is a soft break.
        const qsizetype colon = valueColon(logical);
        if (colon > 0 && isQuotedPrintable(logical.left(colon))) {
            while (logical.endsWith('=') && i + 1 < lines.size()) {
                logical.chop(1);
                logical += lines[++i].text;
                unfold();
            }
        }
        if (logical.trimmed().isEmpty())
            continue;
        const QByteArray upper = logical.trimmed().toUpper();
        if (upper == "BEGIN:VCARD") {
            if (card)
                return inputError(
                    {fileName, card->line, 0, {}},
                    Tr::tr("this card has no END:VCARD (the next card begins on line %1)").arg(number));
            card = VCard{number, {}, {}};
            continue;
        }
        if (upper == "END:VCARD") {
            if (!card)
                return inputError({fileName, number, 0, {}}, Tr::tr("END:VCARD without BEGIN:VCARD"));
            cards << *card;
            card.reset();
            continue;
        }
        if (!card)
            return inputError({fileName, number, 0, {}},
                              Tr::tr("text outside a card (expected BEGIN:VCARD): \"%1\"")
                                  .arg(QString::fromUtf8(logical.left(60))));
        auto property = parseProperty(logical, number, fileName);
        if (!property)
            return property.error();
        if (property->name == QLatin1String("VERSION"))
            card->version = property->value.trimmed();
        else
            card->properties << *property;
    }
    if (card)
        return inputError({fileName, card->line, 0, {}},
                          Tr::tr("this card has no END:VCARD (the file ends first)"));
    if (cards.isEmpty())
        return inputError({fileName, 0, 0, {}}, Tr::tr("no vCard in the file (no BEGIN:VCARD)"));
    return cards;
}

} // namespace chorus::io
