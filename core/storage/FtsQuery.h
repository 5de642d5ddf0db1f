#pragma once

#include <QString>

namespace chorus {

/// Turns what a user typed into a safe FTS5 MATCH expression: every word becomes a quoted prefix phrase
/// ("ada"* "lov"*), so quotes, operators and column filters in the text are searched for, never interpreted.
/// Returns an empty string when there is nothing to search for.
QString ftsMatchExpression(const QString& userText);

/// Row ids in search_index encode what a row is: id * 8 + kind.
enum class SearchKind { Person = 1, Identity = 2, Conversation = 3, Note = 4, Event = 5 };

} // namespace chorus
