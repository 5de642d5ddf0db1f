#pragma once

#include "PageId.h"

#include <QWidget>

namespace chorus::ui {

/// What a page shows until its area registers the real one: its name and what it will hold.
class PlaceholderPage final : public QWidget {
    Q_OBJECT
public:
    explicit PlaceholderPage(PageId id, QWidget* parent = nullptr);
};

} // namespace chorus::ui
