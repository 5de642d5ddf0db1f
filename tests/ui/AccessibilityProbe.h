#pragma once

// What a keyboard or screen-reader user meets in a window: the controls that are announced by name,
// the ones Tab can reach and the order it reaches them in. Shared by the GUI tests.

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTest>
#include <QTextEdit>

namespace chorus::test {

inline QString accessibleName(QWidget* widget) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

inline QString describe(QWidget* w) {
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// The widget inside a combo box or spin box that is only its editor (it speaks through its owner).
inline bool isInnerEditor(QWidget* w) {
    QWidget* parent = w->parentWidget();
    return qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent) ||
           (parent && qobject_cast<QComboBox*>(parent->parentWidget()));
}

/// Controls a screen reader announces by name (buttons, fields, combo and spin boxes, sliders, lists) that
/// have none: neither an accessible name nor a label whose buddy they are nor text of their own.
inline QStringList unnamedControls(QWidget* root) {
    QStringList missing;
    const auto check = [&](QWidget* w) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus || isInnerEditor(w) ||
            w->window() != root->window())
            return;
        if (accessibleName(w).trimmed().isEmpty())
            missing << describe(w);
    };
    for (auto* w : root->findChildren<QAbstractButton*>())
        check(w);
    for (auto* w : root->findChildren<QLineEdit*>())
        check(w);
    for (auto* w : root->findChildren<QComboBox*>())
        check(w);
    for (auto* w : root->findChildren<QAbstractSpinBox*>())
        check(w);
    for (auto* w : root->findChildren<QAbstractSlider*>())
        check(w);
    for (auto* w : root->findChildren<QAbstractItemView*>())
        check(w);
    for (auto* w : root->findChildren<QPlainTextEdit*>())
        check(w);
    for (auto* w : root->findChildren<QTextEdit*>())
        check(w);
    return missing;
}

/// Buttons that show only an icon must carry an accessible name of their own.
inline QStringList iconOnlyButtonsWithoutName(QWidget* root) {
    QStringList missing;
    for (auto* b : root->findChildren<QAbstractButton*>()) {
        if (!b->isVisibleTo(root) || b->focusPolicy() == Qt::NoFocus)
            continue;
        if (b->text().trimmed().isEmpty() && b->accessibleName().trimmed().isEmpty())
            missing << describe(b);
    }
    return missing;
}

// Of a group of exclusive radio buttons only the checked one is a Tab stop; arrow keys move inside the group.
inline bool isUncheckedRadioOfAGroup(QWidget* w) {
    auto* radio = qobject_cast<QRadioButton*>(w);
    if (!radio || radio->isChecked())
        return false;
    if (QButtonGroup* group = radio->group())
        return group->exclusive() && group->checkedButton();
    if (!radio->autoExclusive())
        return false;
    const auto siblings = radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly);
    return std::any_of(siblings.begin(), siblings.end(),
                       [](QRadioButton* r) { return r->autoExclusive() && r->isChecked(); });
}

/// The controls of `root` a Tab press should be able to reach: visible, enabled, taking Tab focus.
inline QList<QWidget*> tabStops(QWidget* root) {
    QList<QWidget*> stops;
    for (auto* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root->window()) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy() || isInnerEditor(w) || isUncheckedRadioOfAGroup(w))
            continue;
        if (qobject_cast<QAbstractItemView*>(w->parentWidget()) || !w->isVisible())
            continue; // an item view's open editor, or a widget whose ancestor is hidden
        stops << w;
    }
    return stops;
}

/// The order Tab visits the controls, starting from `first`, until it comes back round. A control that
/// uses Tab inside itself first (a date edit steps through day, month and year) is given a few presses; one
/// that keeps Tab for good (a plain text edit) ends the chain there: a keyboard trap.
inline QList<QWidget*> tabChain(QWidget* first, int limit = 200) {
    QList<QWidget*> chain;
    first->setFocus(Qt::TabFocusReason);
    QWidget* at = QApplication::focusWidget();
    while (at && !chain.contains(at) && chain.size() < limit) {
        chain << at;
        QWidget* next = at;
        for (int press = 0; press < 6 && next == at; ++press) {
            QTest::keyClick(at, Qt::Key_Tab);
            next = QApplication::focusWidget();
        }
        at = next;
    }
    return chain;
}

/// Reading order: each control starts no higher than the one before, unless Tab wrapped around to the
/// top (once), or it sits in a side column (to the right, starting higher: the next column of the form).
inline QString readingOrderProblem(QWidget* root, const QList<QWidget*>& chain) {
    int wraps = 0;
    for (int i = 1; i < chain.size(); ++i) {
        const QPoint a = chain[i - 1]->mapTo(root, QPoint(0, 0));
        const QPoint b = chain[i]->mapTo(root, QPoint(0, 0));
        const bool down = b.y() >= a.y() - 2;
        const bool nextColumn = b.x() > a.x() + chain[i - 1]->width() / 2;
        if (down || nextColumn)
            continue;
        if (++wraps > 1)
            return QStringLiteral("%1 → %2").arg(describe(chain[i - 1]), describe(chain[i]));
    }
    return {};
}

} // namespace chorus::test
