#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace chorus::ui {

/// A message over an item view while its model has no rows: what to do first in an empty workspace, or
/// that the filters match nothing. `text` is asked each time the view becomes empty.
class EmptyState final : public QLabel {
    Q_OBJECT
public:
    EmptyState(QAbstractItemView* view, std::function<QString()> text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QAbstractItemView* m_view;
    std::function<QString()> m_text;
};

} // namespace chorus::ui
