#include "IdList.h"

namespace chorus {

QString jsonIdArray(const QVector<Id>& ids) {
    QString out;
    out.reserve(ids.size() * 7 + 2);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(ids.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

} // namespace chorus
