#include "EventCaptureWindow.h"

#include "CaptureForm.h"
#include "EventPicker.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace chorus::ui {

EventCaptureWindow::EventCaptureWindow(Workspace& workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("eventCaptureWindow"));
    setWindowTitle(tr("Event Capture"));
    m_picker = new EventPicker(workspace, this);
    connect(m_picker, &EventPicker::eventChosen, this, &EventCaptureWindow::setEvent);
    connect(m_picker, &EventPicker::failed, this, &EventCaptureWindow::setStatus);

    m_drafts = new QListWidget(this);
    m_drafts->setObjectName(QStringLiteral("captureDrafts"));
    m_drafts->setAccessibleName(tr("People not saved yet"));
    m_drafts->setMaximumWidth(220);
    connect(m_drafts, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showDraft(item->data(Qt::UserRole).value<Id>());
    });
    m_form = new CaptureForm(workspace, this);
    connect(m_form, &CaptureForm::saveRequested, this, &EventCaptureWindow::save);
    connect(m_form, &CaptureForm::nameEdited, this, [this](Id draftId, const QString& name) {
        for (int i = 0; i < m_drafts->count(); ++i) {
            if (m_drafts->item(i)->data(Qt::UserRole).value<Id>() == draftId)
                m_drafts->item(i)->setText(name.trimmed().isEmpty() ? tr("(no name yet)") : name);
        }
    });

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("&Save Person"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("captureSave"));
    save->setToolTip(tr("Enter in any field"));
    auto* next = buttons->addButton(tr("Ne&xt Person"), QDialogButtonBox::ActionRole);
    next->setObjectName(QStringLiteral("captureNext"));
    next->setToolTip(tr("Keep this one as a draft and start another (Ctrl+N)"));
    auto* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("captureDiscard"));
    connect(save, &QPushButton::clicked, this, &EventCaptureWindow::save);
    connect(next, &QPushButton::clicked, this, &EventCaptureWindow::nextPerson);
    connect(discard, &QPushButton::clicked, this, &EventCaptureWindow::discard);
    auto* nextAction = new QAction(this);
    nextAction->setShortcut(QKeySequence::New);
    connect(nextAction, &QAction::triggered, this, &EventCaptureWindow::nextPerson);
    addAction(nextAction);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("captureStatus"));
    m_status->setWordWrap(true);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_drafts);
    middle->addWidget(m_form, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 480);
}

EventCaptureWindow::~EventCaptureWindow() = default;

Id EventCaptureWindow::eventId() const {
    return m_session ? m_session->eventId() : 0;
}

QString EventCaptureWindow::statusText() const {
    return m_status->text();
}

void EventCaptureWindow::setStatus(const QString& text) {
    m_status->setText(text);
    emit statusMessage(text);
}

void EventCaptureWindow::resume() {
    const auto open = CaptureSession(m_workspace, 0).openDrafts();
    if (open && !open->isEmpty()) {
        setEvent(open->last().eventId);
        setStatus(open->size() == 1 ? tr("Resumed 1 unsaved person.")
                                    : tr("Resumed %1 unsaved people.").arg(open->size()));
        return;
    }
    m_session.reset();
    m_drafts->clear();
    m_form->clear();
    m_picker->select(0);
    m_picker->setFocus(Qt::OtherFocusReason);
    m_picker->findChild<QWidget*>(QStringLiteral("captureNewEvent"))->setFocus(Qt::OtherFocusReason);
    setStatus(tr("Choose the event, or type a new one's name, then capture the people you met."));
}

void EventCaptureWindow::setEvent(Id eventId) {
    m_session = std::make_unique<CaptureSession>(m_workspace, eventId);
    m_picker->select(eventId);
    const auto open = m_session->openDrafts();
    if (!open) {
        setStatus(open.error().message);
        return;
    }
    if (open->isEmpty()) {
        nextPerson();
        return;
    }
    reloadDrafts(open->first().id);
}

void EventCaptureWindow::reloadDrafts(Id current) {
    const auto open = m_session->openDrafts();
    {
        const QSignalBlocker block(m_drafts);
        m_drafts->clear();
        for (const CaptureDraft& d : open.valueOr({})) {
            const QString name = d.value(CaptureField::Name).trimmed();
            auto* item = new QListWidgetItem(name.isEmpty() ? tr("(no name yet)") : name, m_drafts);
            item->setData(Qt::UserRole, d.id);
            if (d.id == current)
                m_drafts->setCurrentItem(item);
        }
    }
    showDraft(current);
}

void EventCaptureWindow::showDraft(Id draftId) {
    auto draft = m_session->draft(draftId);
    if (!draft) {
        setStatus(draft.error().message);
        return;
    }
    m_form->load(m_session.get(), *draft);
    m_form->focusFirstField();
}

void EventCaptureWindow::nextPerson() {
    if (!m_session)
        return;
    auto id = m_session->newDraft();
    if (!id) {
        setStatus(id.error().message);
        return;
    }
    reloadDrafts(*id);
}

void EventCaptureWindow::save() {
    if (!m_session || m_form->draftId() == 0)
        return;
    auto draft = m_session->draft(m_form->draftId());
    if (draft && draft->isBlank()) {
        m_form->showError(tr("Name: type who you met first."));
        return;
    }
    auto outcome = m_session->save(m_form->draftId());
    if (!outcome) {
        m_form->showError(outcome.error().message);
        return;
    }
    ++m_saved;
    const QString name = m_workspace.people().get(outcome->personId).valueOr({}).name;
    setStatus(outcome->createdPerson ? tr("Saved %1 (new person); %2 saved so far.").arg(name).arg(m_saved)
                                     : tr("Added to %1; %2 saved so far.").arg(name).arg(m_saved));
    const auto open = m_session->openDrafts();
    if (open && !open->isEmpty())
        reloadDrafts(open->first().id);
    else
        nextPerson();
}

void EventCaptureWindow::discard() {
    if (!m_session || m_form->draftId() == 0)
        return;
    if (auto st = m_session->discard(m_form->draftId()); !st) {
        setStatus(st.error().message);
        return;
    }
    const auto open = m_session->openDrafts();
    if (open && !open->isEmpty())
        reloadDrafts(open->first().id);
    else
        nextPerson();
}

} // namespace chorus::ui
