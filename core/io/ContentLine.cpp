#include "ContentLine.h"

namespace chorus::io::contentline {

QByteArray fold(const QString& line) {
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = 75; // the first line has 75 octets; continuations a space and 74
    while (utf8.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never split a UTF-8 sequence: back up to the start of the character.
        while (cut > pos && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(utf8.constData() + pos, cut - pos);
        out.append("\r\n ");
        pos = cut;
        room = 74;
    }
    out.append(utf8.constData() + pos, utf8.size() - pos);
    out.append("\r\n");
    return out;
}

QString escape(const QString& text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
            continue; // CR LF becomes one \n
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString unescape(const QString& text) {
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar n = text[++i];
        if (n == QLatin1Char('n') || n == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else
            out += n; // \\ \, \; and anything else escaped: the character itself
    }
    return out;
}

QStringList splitEscaped(const QString& text, QChar separator) {
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text[++i];
        } else if (c == separator) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

QString paramValue(const QString& value) {
    if (value.contains(QLatin1Char(':')) || value.contains(QLatin1Char(';')) ||
        value.contains(QLatin1Char(',')))
        return QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"');
    return value;
}

} // namespace chorus::io::contentline
