#pragma once

#include <QString>

namespace chorus {

/// Reduces an HTML fragment (a feed item's summary or content) to plain text, safely: nothing is fetched or
/// run; script, style and other non-text elements are dropped with their content; block elements and <br>
/// become line breaks (a newline in markup is white space; text without tags keeps its lines), list items
/// start with "• "; entities are decoded; runs of white space collapse and at most one blank line remains.
/// Malformed markup (an unclosed tag, a stray "<") never loses the text after it.
QString htmlToPlainText(const QString& html);

/// The text cut to at most `maxChars` characters at a word boundary, with "…" when something was cut.
QString elideText(const QString& text, int maxChars);

/// True when the text holds something that looks like an HTML tag (<p>, <a href=…>, <br/>…).
bool looksLikeHtml(const QString& text);

} // namespace chorus
