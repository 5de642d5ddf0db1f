#include "FtsQuery.h"

#include <QStringList>

namespace chorus {

QString ftsMatchExpression(const QString& userText) {
    QStringList phrases;
    for (const QString& word : userText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString cleaned;
        for (QChar c : word) {
            // Keep letters, digits and the separators that matter inside handles; drop FTS syntax characters.
            if (c.isLetterOrNumber() || c == QLatin1Char('@') || c == QLatin1Char('.') ||
                c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('/') ||
                c == QLatin1Char(':') || c.isMark())
                cleaned.append(c);
            else
                cleaned.append(QLatin1Char(' '));
        }
        // A phrase must contain at least one token character or FTS5 rejects it.
        bool hasToken = false;
        for (QChar c : cleaned) {
            if (c.isLetterOrNumber()) {
                hasToken = true;
                break;
            }
        }
        if (!hasToken)
            continue;
        cleaned = cleaned.simplified();
        cleaned.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases << QLatin1Char('"') + cleaned + QStringLiteral("\"*");
    }
    return phrases.join(QLatin1Char(' '));
}

} // namespace chorus
