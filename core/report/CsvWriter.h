#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace chorus::report {

/// RFC 4180 CSV in UTF-8 (with a byte-order mark so spreadsheets pick the encoding), CRLF line ends.
/// Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get a
/// leading apostrophe, so opening an export never runs anything a contact wrote.
class CsvWriter final {
public:
    CsvWriter();
    void addRow(const QStringList& cells);
    const QByteArray& bytes() const { return m_bytes; }

    static QString neutralise(const QString& cell);
    static QString quote(const QString& cell); ///< neutralised, then quoted when needed

private:
    QByteArray m_bytes;
};

} // namespace chorus::report
