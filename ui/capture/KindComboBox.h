#pragma once

#include "model/TouchpointKind.h"

#include <QComboBox>

#include <optional>

namespace chorus::ui {

/// The touchpoint taxonomy as a combo box, grouped under "Doing with" and "Doing to" headers (which cannot be
/// chosen), with "Just a note" first. Typing the start of a kind selects it; arrows skip the headers.
class KindComboBox final : public QComboBox {
    Q_OBJECT
public:
    explicit KindComboBox(QWidget* parent = nullptr);

    /// Empty for "Just a note".
    std::optional<TouchpointKind> kind() const;
    void setKind(std::optional<TouchpointKind> kind);
};

} // namespace chorus::ui
