#include "CsvParser.h"

#include "SourceLocation.h"

#include <QCoreApplication>

#include <functional>

namespace chorus::io {
namespace {

bool isLineEnd(QChar c) {
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

Result<CsvDocument> CsvParser::parse(QStringView text, QChar delimiter, const QString& fileName,
                                     const std::function<bool(qsizetype)>& progress) {
    CsvDocument doc;
    doc.delimiter = delimiter;
    const QChar quote = QLatin1Char('"');
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    qsizetype nextProgress = 1 << 20;
    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool recordDone = false;
        while (!recordDone) {
            const int column = int(record.fields.size()) + 1;
            if (i < n && text[i] == quote) {
                const int startLine = line;
                QString field;
                ++i;
                for (;;) {
                    const qsizetype close = text.indexOf(quote, i);
                    if (close < 0) {
                        return inputError({fileName, startLine, column, {}},
                                          QCoreApplication::translate(
                                              "Import", "a quoted field starts here and is never closed "
                                                        "(a missing \" before the end of the file)"));
                    }
                    const QStringView chunk = text.sliced(i, close - i);
                    line += int(chunk.count(QLatin1Char('\n')));
                    field += chunk;
                    i = close + 1;
                    if (i < n && text[i] == quote) {
                        field += quote;
                        ++i;
                        continue;
                    }
                    break;
                }
                record.fields << field;
                if (i < n && text[i] != delimiter && !isLineEnd(text[i])) {
                    return inputError({fileName, line, column, {}},
                                      QCoreApplication::translate(
                                          "Import", "unexpected text after a closing quote (a quote "
                                                    "inside a quoted field must be doubled: \"\")"));
                }
            } else {
                qsizetype j = i;
                while (j < n && text[j] != delimiter && !isLineEnd(text[j]))
                    ++j;
                record.fields << text.sliced(i, j - i).toString();
                i = j;
            }
            if (i >= n) {
                recordDone = true;
            } else if (text[i] == delimiter) {
                ++i;
                if (i >= n) {
                    record.fields << QString();
                    recordDone = true;
                }
            } else {
                // CR LF, LF or a lone CR ends the record.
                if (text[i] == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                    ++i;
                ++i;
                ++line;
                recordDone = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            doc.records.append(std::move(record));
        if (progress && i >= nextProgress) {
            nextProgress = i + (1 << 20);
            if (!progress(i))
                return makeError(ErrorCode::Cancelled, QCoreApplication::translate("Import", "Cancelled"));
        }
    }
    return doc;
}

QChar CsvParser::detectDelimiter(QStringView text) {
    // On a tie the rarer character in ordinary text wins: tab, then semicolon, then comma.
    const QChar candidates[] = {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',')};
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    QChar best = QLatin1Char(',');
    long bestScore = 0;
    for (QChar d : candidates) {
        QVector<int> counts{0};
        bool inQuotes = false;
        for (qsizetype i = 0; i < head.size() && counts.size() <= 20; ++i) {
            const QChar c = head[i];
            if (c == QLatin1Char('"'))
                inQuotes = !inQuotes;
            else if (!inQuotes && c == d)
                ++counts.last();
            else if (!inQuotes && c == QLatin1Char('\n'))
                counts << 0;
        }
        if (counts.size() > 1 && counts.last() == 0)
            counts.removeLast(); // the line after the final line break
        const int first = counts.first();
        if (first == 0)
            continue;
        const long consistent = std::count(counts.begin(), counts.end(), first);
        const long score = consistent * 1000 + first;
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

} // namespace chorus::io
