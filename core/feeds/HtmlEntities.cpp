#include "HtmlEntities.h"

#include <QHash>

namespace chorus {

std::optional<QString> htmlNamedEntity(const QString& name) {
    static const QHash<QString, char32_t> table{
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("iexcl"), 0xA1},    {QStringLiteral("cent"), 0xA2},
        {QStringLiteral("pound"), 0xA3},    {QStringLiteral("yen"), 0xA5},
        {QStringLiteral("sect"), 0xA7},     {QStringLiteral("copy"), 0xA9},
        {QStringLiteral("laquo"), 0xAB},    {QStringLiteral("shy"), 0xAD},
        {QStringLiteral("reg"), 0xAE},      {QStringLiteral("deg"), 0xB0},
        {QStringLiteral("plusmn"), 0xB1},   {QStringLiteral("para"), 0xB6},
        {QStringLiteral("middot"), 0xB7},   {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("frac14"), 0xBC},   {QStringLiteral("frac12"), 0xBD},
        {QStringLiteral("frac34"), 0xBE},   {QStringLiteral("iquest"), 0xBF},
        {QStringLiteral("Agrave"), 0xC0},   {QStringLiteral("Aacute"), 0xC1},
        {QStringLiteral("Acirc"), 0xC2},    {QStringLiteral("Auml"), 0xC4},
        {QStringLiteral("Aring"), 0xC5},    {QStringLiteral("Ccedil"), 0xC7},
        {QStringLiteral("Egrave"), 0xC8},   {QStringLiteral("Eacute"), 0xC9},
        {QStringLiteral("Ntilde"), 0xD1},   {QStringLiteral("Ouml"), 0xD6},
        {QStringLiteral("times"), 0xD7},    {QStringLiteral("Oslash"), 0xD8},
        {QStringLiteral("Uuml"), 0xDC},     {QStringLiteral("szlig"), 0xDF},
        {QStringLiteral("agrave"), 0xE0},   {QStringLiteral("aacute"), 0xE1},
        {QStringLiteral("acirc"), 0xE2},    {QStringLiteral("atilde"), 0xE3},
        {QStringLiteral("auml"), 0xE4},     {QStringLiteral("aring"), 0xE5},
        {QStringLiteral("aelig"), 0xE6},    {QStringLiteral("ccedil"), 0xE7},
        {QStringLiteral("egrave"), 0xE8},   {QStringLiteral("eacute"), 0xE9},
        {QStringLiteral("ecirc"), 0xEA},    {QStringLiteral("euml"), 0xEB},
        {QStringLiteral("iacute"), 0xED},   {QStringLiteral("icirc"), 0xEE},
        {QStringLiteral("iuml"), 0xEF},     {QStringLiteral("ntilde"), 0xF1},
        {QStringLiteral("oacute"), 0xF3},   {QStringLiteral("ocirc"), 0xF4},
        {QStringLiteral("ouml"), 0xF6},     {QStringLiteral("divide"), 0xF7},
        {QStringLiteral("oslash"), 0xF8},   {QStringLiteral("uacute"), 0xFA},
        {QStringLiteral("uuml"), 0xFC},     {QStringLiteral("ensp"), 0x2002},
        {QStringLiteral("emsp"), 0x2003},   {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("zwnj"), 0x200C},   {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("ndash"), 0x2013},  {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("sbquo"), 0x201A},  {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("bdquo"), 0x201E},
        {QStringLiteral("dagger"), 0x2020}, {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("prime"), 0x2032},
        {QStringLiteral("lsaquo"), 0x2039}, {QStringLiteral("rsaquo"), 0x203A},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("larr"), 0x2190},   {QStringLiteral("uarr"), 0x2191},
        {QStringLiteral("rarr"), 0x2192},   {QStringLiteral("darr"), 0x2193},
        {QStringLiteral("harr"), 0x2194},   {QStringLiteral("minus"), 0x2212},
        {QStringLiteral("le"), 0x2264},     {QStringLiteral("ge"), 0x2265},
        {QStringLiteral("ne"), 0x2260},     {QStringLiteral("hearts"), 0x2665},
        {QStringLiteral("check"), 0x2713},
    };
    const auto it = table.constFind(name);
    if (it == table.constEnd())
        return std::nullopt;
    const char32_t c = *it;
    return QString::fromUcs4(&c, 1);
}

namespace {
/// The text for "&…;" starting at `pos` (at the '&'), and how many characters it spans; nullopt to keep it.
std::optional<std::pair<QString, qsizetype>> entityAt(const QString& text, qsizetype pos) {
    const qsizetype semicolon = text.indexOf(QLatin1Char(';'), pos + 1);
    if (semicolon < 0 || semicolon - pos > 12)
        return std::nullopt;
    const QString body = text.mid(pos + 1, semicolon - pos - 1);
    if (body.isEmpty())
        return std::nullopt;
    if (body.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex =
            body.size() > 1 && (body.at(1) == QLatin1Char('x') || body.at(1) == QLatin1Char('X'));
        const uint code = hex ? body.mid(2).toUInt(&ok, 16) : body.mid(1).toUInt(&ok, 10);
        // Control characters, surrogates and out-of-range values stay as written (and cannot smuggle a NUL).
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) ||
            (code < 0x20 && code != '\n' && code != '\t'))
            return std::nullopt;
        const char32_t c = code;
        return std::make_pair(QString::fromUcs4(&c, 1), semicolon - pos + 1);
    }
    if (auto named = htmlNamedEntity(body))
        return std::make_pair(*named, semicolon - pos + 1);
    return std::nullopt;
}
} // namespace

QString decodeHtmlEntities(const QString& text) {
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (auto e = entityAt(text, i)) {
                out += e->first;
                i += e->second - 1;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

QString HtmlEntityResolver::resolveUndeclaredEntity(const QString& name) {
    // The replacement is read as markup again, so the characters that start markup must stay references.
    const auto value = htmlNamedEntity(name);
    if (!value)
        return {};
    if (*value == QLatin1String("<"))
        return QStringLiteral("&#60;");
    if (*value == QLatin1String("&"))
        return QStringLiteral("&#38;");
    return *value;
}

} // namespace chorus
