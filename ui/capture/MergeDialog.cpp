#include "MergeDialog.h"

#include "MergeCommand.h"
#include "storage/Workspace.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {
QString shown(const QString& value) {
    return value.isEmpty() ? QCoreApplication::translate("MergeDialog", "(empty)") : value;
}
} // namespace

MergeDialog::MergeDialog(Workspace& workspace, QUndoStack* undoStack, Id first, Id second,
                         MergeCommand::ErrorSink laterErrors, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_laterErrors(std::move(laterErrors))
    , m_first(first)
    , m_second(second) {
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge People"));
    auto* keep = new QGroupBox(tr("Keep"), this);
    auto* keepLayout = new QVBoxLayout(keep);
    m_keepFirst = new QRadioButton(keep);
    m_keepFirst->setObjectName(QStringLiteral("mergeKeepFirst"));
    m_keepSecond = new QRadioButton(keep);
    m_keepSecond->setObjectName(QStringLiteral("mergeKeepSecond"));
    keepLayout->addWidget(m_keepFirst);
    keepLayout->addWidget(m_keepSecond);
    m_keepFirst->setChecked(true);
    connect(m_keepFirst, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            load(m_first, m_second);
        else
            load(m_second, m_first);
    });

    m_fieldsBox = new QGroupBox(tr("Values the kept person ends with"), this);
    m_grid = new QGridLayout(m_fieldsBox);
    auto* united = new QLabel(tr("Handles, topics and tags of both are kept."), this);
    m_moving = new QLabel(this);
    m_moving->setObjectName(QStringLiteral("mergeMoving"));
    m_moving->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeConfirm"));
    merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(keep);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(united);
    layout->addWidget(m_moving);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load(first, second);
}

void MergeDialog::load(Id survivor, Id other) {
    auto preview = PersonMerger(m_workspace).preview(survivor, other);
    if (!preview) {
        m_error->setText(preview.error().message);
        return;
    }
    m_preview = *preview;
    const Person& a = survivor == m_first ? m_preview.survivor : m_preview.other;
    const Person& b = survivor == m_first ? m_preview.other : m_preview.survivor;
    m_keepFirst->setText(tr("%1 (id %2)").arg(a.name).arg(a.id));
    m_keepSecond->setText(tr("%1 (id %2)").arg(b.name).arg(b.id));
    QStringList moving;
    for (const ReferencingRows& r : m_preview.moving)
        moving << tr("%1 × %2").arg(r.rows).arg(r.table);
    m_moving->setText(moving.isEmpty() ? tr("Nothing else refers to %1.").arg(m_preview.other.name)
                                       : tr("Moves from %1 to the kept person: %2.")
                                             .arg(m_preview.other.name, moving.join(QStringLiteral(", "))));
    rebuildFields();
}

void MergeDialog::rebuildFields() {
    qDeleteAll(m_choices);
    m_choices.clear();
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // What the defaults pick, field by field: the kept person's value unless it is empty.
    const auto defaults = PersonMerger::fieldChoices(m_preview.defaults.fields, m_preview.other);
    int row = 0;
    for (const MergeFieldChoice& choice : m_preview.fields) {
        const QString key = QString::number(int(choice.field));
        auto* label = new QLabel(choice.label, m_fieldsBox);
        auto* mine = new QRadioButton(shown(choice.survivorValue), m_fieldsBox);
        mine->setObjectName(QStringLiteral("mergeField-%1-kept").arg(key));
        auto* theirs = new QRadioButton(shown(choice.otherValue), m_fieldsBox);
        theirs->setObjectName(QStringLiteral("mergeField-%1-other").arg(key));
        mine->setAccessibleName(tr("%1 of the kept person").arg(choice.label));
        theirs->setAccessibleName(tr("%1 of the other person").arg(choice.label));
        auto* group = new QButtonGroup(this);
        group->addButton(mine, 0);
        group->addButton(theirs, 1);
        const bool takeOther = choice.differs && defaults.value(row).survivorValue != choice.survivorValue;
        (takeOther ? theirs : mine)->setChecked(true);
        theirs->setEnabled(choice.differs);
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(mine, row, 1);
        m_grid->addWidget(theirs, row, 2);
        m_choices.insert(choice.field, group);
        ++row;
    }
}

MergeRequest MergeDialog::request() const {
    MergeRequest r = m_preview.defaults;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        r.take(it.key(), it.value()->checkedId() == 1 ? m_preview.other : m_preview.survivor);
    return r;
}

void MergeDialog::chooseOther(MergeField field, bool other) {
    if (QButtonGroup* group = m_choices.value(field))
        group->button(other ? 1 : 0)->setChecked(true);
}

QString MergeDialog::errorText() const {
    return m_error->text();
}

void MergeDialog::accept() {
    if (m_preview.survivor.id == 0)
        return;
    auto failure = std::make_shared<QString>();
    auto* command = new MergeCommand(m_workspace, request(), m_preview.other.name,
                                     [failure, later = m_laterErrors](const QString& message) {
                                         *failure = message;
                                         if (later)
                                             later(message);
                                     });
    m_undoStack->push(command); // redo() merges now; a failed merge is dropped by the stack
    if (!failure->isEmpty()) {
        m_error->setText(*failure);
        return;
    }
    emit merged(m_preview.survivor.id, m_preview.other.id);
    QDialog::accept();
}

} // namespace chorus::ui
