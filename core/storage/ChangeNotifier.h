#pragma once

#include "Change.h"

#include <QObject>

namespace chorus {

/// Tells views what was committed. Lives with the Database; item models connect to it.
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void changed(const chorus::Change& change);
};

} // namespace chorus
