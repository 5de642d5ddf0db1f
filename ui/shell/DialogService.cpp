#include "DialogService.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

namespace chorus::ui {

namespace {
QQueue<bool>& confirmAnswers() {
    static QQueue<bool> answers;
    return answers;
}
QQueue<std::optional<QString>>& textAnswers() {
    static QQueue<std::optional<QString>> answers;
    return answers;
}
} // namespace

bool DialogService::confirm(QWidget* parent, const QString& title, const QString& text,
                            const QString& acceptLabel) {
    if (!confirmAnswers().isEmpty())
        return confirmAnswers().dequeue();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> DialogService::askText(QWidget* parent, const QString& title, const QString& label,
                                              const QString& initial) {
    if (!textAnswers().isEmpty())
        return textAnswers().dequeue();
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void DialogService::queueConfirm(bool answer) {
    confirmAnswers().enqueue(answer);
}

void DialogService::queueText(std::optional<QString> text) {
    textAnswers().enqueue(std::move(text));
}

} // namespace chorus::ui
