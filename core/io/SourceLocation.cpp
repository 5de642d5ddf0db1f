#include "SourceLocation.h"

#include <QCoreApplication>

namespace chorus::io {

QString SourceLocation::describe() const {
    QString text = file.isEmpty() ? QCoreApplication::translate("Import", "input") : file;
    if (line > 0)
        text += QCoreApplication::translate("Import", ", line %1").arg(line);
    if (column > 0 && !field.isEmpty())
        text += QCoreApplication::translate("Import", ", column %1 (%2)").arg(column).arg(field);
    else if (column > 0)
        text += QCoreApplication::translate("Import", ", column %1").arg(column);
    else if (!field.isEmpty())
        text += QCoreApplication::translate("Import", ", %1").arg(field);
    return text;
}

Error inputError(const SourceLocation& where, const QString& problem) {
    return makeError(ErrorCode::Invalid, where.describe() + QStringLiteral(": ") + problem);
}

int lineOfOffset(QStringView text, qsizetype offset) {
    offset = std::min(offset, text.size());
    return int(text.first(offset).count(QLatin1Char('\n'))) + 1;
}

} // namespace chorus::io
