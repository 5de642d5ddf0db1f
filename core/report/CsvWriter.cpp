#include "CsvWriter.h"

namespace chorus::report {

CsvWriter::CsvWriter() {
    m_bytes.append("\xEF\xBB\xBF");
}

QString CsvWriter::neutralise(const QString& cell) {
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r') ||
        first == QChar(0xFF1D) /* fullwidth = */)
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::quote(const QString& cell) {
    const QString safe = neutralise(cell);
    const bool needsQuotes = safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
                             safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r')) ||
                             safe.contains(QLatin1Char(';')) ||
                             (!safe.isEmpty() && (safe.front().isSpace() || safe.back().isSpace()));
    if (!needsQuotes)
        return safe;
    QString q = safe;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& cells) {
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& c : cells)
        quoted << quote(c);
    m_bytes.append(quoted.join(QLatin1Char(',')).toUtf8());
    m_bytes.append("\r\n");
}

} // namespace chorus::report
