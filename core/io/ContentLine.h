#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace chorus::io {

/// The text conventions vCard (RFC 6350/2426) and iCalendar (RFC 5545) share.
namespace contentline {

/// "NAME;PARAM=V:value" as UTF-8 folded at 75 octets (continuations start with a space), never inside a
/// UTF-8 sequence, ending with CR LF.
QByteArray fold(const QString& line);
/// Backslash, comma, semicolon and line breaks escaped for a TEXT value.
QString escape(const QString& text);
/// The reverse of escape(); "\N" is a line break too.
QString unescape(const QString& text);
/// Splits on `separator` where it is not escaped; the parts stay escaped.
QStringList splitEscaped(const QString& text, QChar separator);
/// A parameter value, quoted when it holds ":", ";" or ",".
QString paramValue(const QString& value);

} // namespace contentline
} // namespace chorus::io
