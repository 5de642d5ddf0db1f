#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace chorus::ui {

/// The few questions the desktop asks in modal dialogs, behind one seam so GUI tests can answer them
/// without a dialog blocking (setNextAnswers). Without queued answers the real dialogs are shown.
class DialogService final {
public:
    /// "Delete Ada Lovelace?" — true when the user confirms with `acceptLabel`.
    static bool confirm(QWidget* parent, const QString& title, const QString& text,
                        const QString& acceptLabel);
    /// A line of text (a tag name…); nothing when cancelled.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                          const QString& initial = {});

    /// Tests: the next confirm() returns `answer`; the next askText() returns `text` (nullopt: cancelled).
    static void queueConfirm(bool answer);
    static void queueText(std::optional<QString> text);
};

} // namespace chorus::ui
