#include "EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>

namespace chorus::ui {

EmptyState::EmptyState(QAbstractItemView* view, std::function<QString()> text)
    : QLabel(view->viewport())
    , m_view(view)
    , m_text(std::move(text)) {
    setObjectName(view->objectName() + QStringLiteral("Empty"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setEnabled(false);
    setMargin(24);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update);
    update();
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyState::update() {
    const bool empty = m_view->model()->rowCount() == 0;
    if (empty) {
        setText(m_text());
        setGeometry(m_view->viewport()->rect());
    }
    setVisible(empty);
}

} // namespace chorus::ui
