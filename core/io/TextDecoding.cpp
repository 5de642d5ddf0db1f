#include "TextDecoding.h"

#include "SourceLocation.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace chorus::io {
namespace {

struct Utf8Scan {
    qsizetype firstInvalid = -1;
    bool multibyteSeen = false;
};

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(const QByteArray& bytes, qsizetype from) {
    Utf8Scan scan;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            scan.firstInvalid = i;
            return scan;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80) {
                scan.firstInvalid = i;
                return scan;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            scan.firstInvalid = i;
            return scan;
        }
        scan.multibyteSeen = true;
        i += extra + 1;
    }
    return scan;
}

// Windows-1252's printable characters in 0x80..0x9F; the five undefined positions stay C1 controls.
const char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeCp1252(const QByteArray& bytes) {
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        d[i] = (c >= 0x80 && c <= 0x9F) ? QChar(kCp1252High[c - 0x80]) : QChar(c);
    }
    return out;
}

int lineOfByte(const QByteArray& bytes, qsizetype offset) {
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

Result<DecodedText> invalidUtf8(const QByteArray& bytes, const QString& fileName, qsizetype at) {
    const QString byte =
        QStringLiteral("0x%1").arg(static_cast<unsigned char>(bytes[at]), 2, 16, QLatin1Char('0'));
    return inputError({fileName, lineOfByte(bytes, at), 0, {}},
                      QCoreApplication::translate("Import",
                                                  "invalid UTF-8 (byte %1 at offset %2); the file is "
                                                  "damaged or in another encoding: choose its encoding")
                          .arg(byte.toUpper().replace(QLatin1String("0X"), QLatin1String("0x")))
                          .arg(at));
}

Result<DecodedText> decodeUtf8(const QByteArray& bytes, const QString& fileName, qsizetype from) {
    const Utf8Scan scan = scanUtf8(bytes, from);
    if (scan.firstInvalid >= 0)
        return invalidUtf8(bytes, fileName, scan.firstInvalid);
    return DecodedText{QString::fromUtf8(QByteArrayView(bytes).sliced(from)), QStringLiteral("utf-8")};
}

Result<DecodedText> decodeWith(QStringConverter::Encoding encoding, const QByteArray& bytes, qsizetype from,
                               const QString& name, const QString& fileName) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(from));
    if (decoder.hasError())
        return inputError({fileName, 0, 0, {}},
                          QCoreApplication::translate("Import", "the file is not valid %1").arg(name));
    return DecodedText{std::move(text), name};
}

Status checkNoNul(const QByteArray& bytes, const QString& fileName) {
    const qsizetype nul = bytes.indexOf('\0');
    if (nul < 0)
        return {};
    return inputError({fileName, lineOfByte(bytes, nul), 0, {}},
                      QCoreApplication::translate("Import", "a NUL byte: this is not a text file (or it is "
                                                            "UTF-16 without a byte order mark)"));
}

} // namespace

QStringList choosableEncodings() {
    return {QStringLiteral("auto"),        QStringLiteral("utf-8"),    QStringLiteral("windows-1252"),
            QStringLiteral("iso-8859-1"),  QStringLiteral("utf-16le"), QStringLiteral("utf-16be"),
            QStringLiteral("iso-8859-15"), QStringLiteral("macintosh")};
}

Result<DecodedText> decodeText(const QByteArray& bytes, const QString& fileName, const QString& encoding) {
    const QString name = encoding.trimmed().toLower();
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    if (name.isEmpty() || name == QLatin1String("auto")) {
        if (utf8Bom)
            return decodeUtf8(bytes, fileName, 3);
        if (bytes.startsWith("\xFF\xFE"))
            return decodeWith(QStringConverter::Utf16LE, bytes, 2, QStringLiteral("utf-16le"), fileName);
        if (bytes.startsWith("\xFE\xFF"))
            return decodeWith(QStringConverter::Utf16BE, bytes, 2, QStringLiteral("utf-16be"), fileName);
        if (auto st = checkNoNul(bytes, fileName); !st)
            return st.error();
        const Utf8Scan scan = scanUtf8(bytes, 0);
        if (scan.firstInvalid < 0)
            return DecodedText{QString::fromUtf8(bytes), QStringLiteral("utf-8")};
        if (scan.multibyteSeen)
            return invalidUtf8(bytes, fileName, scan.firstInvalid);
        // Check the part after the first invalid byte too: any real UTF-8 sequence means damaged UTF-8.
        for (qsizetype i = scan.firstInvalid; i < bytes.size(); ++i) {
            if (static_cast<unsigned char>(bytes[i]) < 0xC2)
                continue;
            const Utf8Scan rest = scanUtf8(bytes.first(std::min(bytes.size(), i + 4)), i);
            if (rest.multibyteSeen)
                return invalidUtf8(bytes, fileName, scan.firstInvalid);
        }
        return DecodedText{decodeCp1252(bytes), QStringLiteral("windows-1252")};
    }
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8"))
        return decodeUtf8(bytes, fileName, utf8Bom ? 3 : 0);
    if (name == QLatin1String("windows-1252") || name == QLatin1String("cp1252")) {
        if (auto st = checkNoNul(bytes, fileName); !st)
            return st.error();
        return DecodedText{decodeCp1252(bytes), QStringLiteral("windows-1252")};
    }
    if (name == QLatin1String("latin-1") || name == QLatin1String("latin1") ||
        name == QLatin1String("iso-8859-1")) {
        if (auto st = checkNoNul(bytes, fileName); !st)
            return st.error();
        return DecodedText{QString::fromLatin1(bytes), QStringLiteral("iso-8859-1")};
    }
    if (name == QLatin1String("utf-16le") || name == QLatin1String("utf-16be") ||
        name == QLatin1String("utf-16")) {
        const bool le = name != QLatin1String("utf-16be") && !bytes.startsWith("\xFE\xFF");
        const qsizetype from = (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) ? 2 : 0;
        return decodeWith(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, bytes, from,
                          le ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be"), fileName);
    }
    QStringDecoder decoder(name.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("Import", "%1: unknown encoding \"%2\"").arg(fileName, encoding));
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return inputError({fileName, 0, 0, {}},
                          QCoreApplication::translate("Import", "the file is not valid %1").arg(name));
    return DecodedText{std::move(text), name};
}

} // namespace chorus::io
