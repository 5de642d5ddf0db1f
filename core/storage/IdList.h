#pragma once

#include "model/Ids.h"

#include <QString>
#include <QVector>

namespace chorus {

/// "[1,2,3]": bound as one parameter and read back with json_each(), so an IN list is one cached statement.
QString jsonIdArray(const QVector<Id>& ids);

} // namespace chorus
