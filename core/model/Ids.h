#pragma once

#include <QtGlobal>

namespace chorus {

/// Row ids as the workspace stores them. 0 means "not stored yet".
using Id = qint64;

} // namespace chorus
