#include "QuickLogDialog.h"

#include "KindComboBox.h"
#include "QuickLogCommand.h"
#include "WhoCompleter.h"
#include "model/IdentityParsing.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {
constexpr int kContextLimit = 200;

// A handle rather than a name: an address, a link, a platform prefix or an @handle.
bool looksLikeHandle(const QString& text) {
    return text.startsWith(QLatin1Char('@')) || text.contains(QLatin1Char('@')) ||
           text.contains(QLatin1Char('/')) || text.contains(QLatin1Char(':'));
}
} // namespace

QuickLogDialog::QuickLogDialog(Workspace& workspace, QUndoStack* undoStack, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack) {
    setObjectName(QStringLiteral("quickLogDialog"));
    setWindowTitle(tr("Quick Log"));
    setModal(false);
    buildForm();
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &QuickLogDialog::updatePreview);
    for (QLineEdit* edit : {m_who, m_when, m_note, m_followUp, m_due})
        connect(edit, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
}

void QuickLogDialog::buildForm() {
    auto* form = new QFormLayout;
    m_who = new QLineEdit(this);
    m_who->setObjectName(QStringLiteral("quickWho"));
    m_who->setPlaceholderText(tr("A name or a handle"));
    m_completer = new WhoCompleter(m_workspace, m_who);
    form->addRow(tr("&Who:"), m_who);

    auto* kindRow = new QHBoxLayout;
    m_kind = new KindComboBox(this);
    m_kind->setObjectName(QStringLiteral("quickKind"));
    m_inbound = new QCheckBox(tr("They reached &out"), this);
    m_inbound->setObjectName(QStringLiteral("quickInbound"));
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(m_inbound);
    auto* whatLabel = new QLabel(tr("&What:"), this);
    whatLabel->setBuddy(m_kind); // a row holding a layout gets no buddy by itself
    form->addRow(whatLabel, kindRow);

    m_when = new QLineEdit(this);
    m_when->setObjectName(QStringLiteral("quickWhen"));
    m_when->setPlaceholderText(tr("now — or \"yesterday\", \"2 days ago\", 2026-11-20T09:14"));
    form->addRow(tr("W&hen:"), m_when);

    m_conversation = new QComboBox(this);
    m_conversation->setObjectName(QStringLiteral("quickConversation"));
    form->addRow(tr("&Conversation:"), m_conversation);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("quickEvent"));
    form->addRow(tr("&Event:"), m_event);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("quickNote"));
    form->addRow(tr("&Note:"), m_note);

    auto* followRow = new QHBoxLayout;
    m_followUp = new QLineEdit(this);
    m_followUp->setObjectName(QStringLiteral("quickFollowUp"));
    m_followUp->setPlaceholderText(tr("What you promised, if anything"));
    m_due = new QLineEdit(this);
    m_due->setObjectName(QStringLiteral("quickFollowUpDue"));
    m_due->setPlaceholderText(tr("due in 7 days"));
    m_due->setAccessibleName(tr("Follow-up due"));
    followRow->addWidget(m_followUp, 2);
    followRow->addWidget(m_due, 1);
    auto* followLabel = new QLabel(tr("&Follow-up:"), this);
    followLabel->setBuddy(m_followUp);
    m_followUp->setAccessibleName(tr("Follow-up"));
    form->addRow(followLabel, followRow);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("quickPreview"));
    m_preview->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("quickError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("quickSave"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickLogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuickLogDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setTabOrder(m_who, m_kind);
    setTabOrder(m_kind, m_inbound);
    setTabOrder(m_inbound, m_when);
    setTabOrder(m_when, m_conversation);
    setTabOrder(m_conversation, m_event);
    setTabOrder(m_event, m_note);
    setTabOrder(m_note, m_followUp);
    setTabOrder(m_followUp, m_due);
}

void QuickLogDialog::fillContexts() {
    m_conversation->clear();
    m_conversation->addItem(tr("None"), Id(0));
    for (const ConversationRow& row : m_workspace.conversations().list({}, kContextLimit).valueOr({}))
        m_conversation->addItem(row.title, row.id);
    m_event->clear();
    m_event->addItem(tr("None"), Id(0));
    for (const EventRow& row : m_workspace.events().list({}, kContextLimit).valueOr({}))
        m_event->addItem(tr("%1 (%2)").arg(row.name, QLocale().toString(row.startsOn, QLocale::ShortFormat)),
                         row.id);
}

void QuickLogDialog::start() {
    for (QLineEdit* edit : {m_who, m_when, m_note, m_followUp, m_due})
        edit->clear();
    m_completer->reset();
    m_kind->setKind(TouchpointKind::Met);
    m_inbound->setChecked(false);
    fillContexts();
    m_preview->clear();
    m_error->clear();
    show();
    raise();
    activateWindow();
    m_who->setFocus(Qt::ShortcutFocusReason);
}

QuickLogEntry QuickLogDialog::entry() const {
    QuickLogEntry e;
    const QString who = m_who->text().trimmed();
    if (m_completer->chosenId() != 0) {
        e.who.id = m_completer->chosenId();
    } else if (looksLikeHandle(who)) {
        if (auto identity = parseIdentityText(who))
            e.who.identities = {*identity};
        else
            e.who.name = who; // resolving the name then fails with a message naming the field
    } else {
        e.who.name = who;
    }
    e.kind = m_kind->kind();
    e.direction = m_inbound->isChecked() ? Direction::Inbound : Direction::Outbound;
    e.when = m_when->text();
    e.conversationId = m_conversation->currentData().value<Id>();
    e.eventId = m_event->currentData().value<Id>();
    e.note = m_note->text();
    e.followUp = m_followUp->text();
    e.followUpDue = m_due->text();
    return e;
}

QString QuickLogDialog::errorText() const {
    return m_error->text();
}

void QuickLogDialog::showError(const QString& message) {
    m_error->setText(message);
}

void QuickLogDialog::updatePreview() {
    if (!isVisible())
        return;
    const QuickLogEntry e = entry();
    if (m_who->text().trimmed().isEmpty()) {
        m_preview->clear();
        return;
    }
    auto plan = QuickLog(m_workspace).prepare(e);
    if (!plan) {
        m_preview->setText(plan.error().message);
        return;
    }
    const QString who =
        plan->person.personId != 0
            ? plan->person.name
            : tr("%1 (a new person)").arg(e.who.name.isEmpty() ? m_who->text().trimmed() : e.who.name);
    const QString at = QLocale().toString(plan->at.toLocalTime(), QLocale::ShortFormat);
    QString text = plan->kind ? tr("%1 with %2, %3").arg(touchpointKindLabel(*plan->kind), who, at)
                              : tr("A note on %1").arg(who);
    if (plan->followUpDue.isValid())
        text += tr("; follow-up due %1").arg(QLocale().toString(plan->followUpDue, QLocale::ShortFormat));
    m_preview->setText(text);
}

void QuickLogDialog::accept() {
    const QuickLogEntry e = entry();
    if (auto plan = QuickLog(m_workspace).prepare(e); !plan) {
        showError(plan.error().message);
        return;
    }
    m_lastFailure.clear();
    QPointer<QuickLogDialog> self(this);
    auto* command = new QuickLogCommand(m_workspace, e, [self](const QString& message) {
        if (self) {
            self->m_lastFailure = message;
            emit self->failed(message);
        }
    });
    const QString summary = command->text();
    m_undoStack->push(command); // redo() runs now; a failed command is dropped by the stack
    if (!m_lastFailure.isEmpty()) {
        showError(m_lastFailure);
        return;
    }
    m_error->clear();
    emit logged(tr("Logged: %1").arg(summary));
    QDialog::accept();
}

} // namespace chorus::ui
