#pragma once

#include <QString>

namespace chorus::ui {

/// "1 person" / "2,300 people": English needs both forms even without a translation loaded (Qt's %n
/// only gets plural forms from a .qm file). `many` holds %L1 for the number.
inline QString countOf(int n, const QString& one, const QString& many) {
    return n == 1 ? one : many.arg(n);
}

} // namespace chorus::ui
