#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace chorus::ui {

PlaceholderPage::PlaceholderPage(PageId id, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("placeholder-%1").arg(pageKey(id)));
    auto* title = new QLabel(pageTitle(id), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto* promise = new QLabel(pagePromise(id), this);
    promise->setObjectName(QStringLiteral("promise"));
    promise->setWordWrap(true);
    promise->setAlignment(Qt::AlignCenter);
    // A fixed width lets the wrapped text ask for the height it needs (an aligned label gets its
    // one-line size hint otherwise and is clipped).
    promise->setFixedWidth(520);
    promise->setMinimumHeight(promise->heightForWidth(520));

    auto* soon = new QLabel(tr("This page is not built yet."), this);
    soon->setAlignment(Qt::AlignCenter);
    soon->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(promise, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(soon, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace chorus::ui
