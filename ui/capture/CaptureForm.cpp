#include "CaptureForm.h"

#include "storage/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {
constexpr int kMatchLimit = 5;
constexpr int kPersonRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

CaptureForm::CaptureForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("captureForm"));
    m_form = new QFormLayout;
    addField(CaptureField::Name, tr("&Name:"), tr("Who did you meet?"));
    addField(CaptureField::Handles, tr("&Handles:"),
             tr("ada@example.org, github.com/ada, @ada@hachyderm.io"));
    addField(CaptureField::Organisation, tr("&Organisation:"), {});
    addField(CaptureField::Topics, tr("&Topics:"), tr("Rust on Windows, WebAssembly"));
    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("captureStance"));
    m_stance->addItem(tr("No guess yet"), QString());
    for (const QString& key : stanceKeys()) {
        if (const auto stance = stanceFromKey(key); stance && *stance != Stance::Unknown)
            m_stance->addItem(stanceLabel(*stance), key);
    }
    m_form->addRow(tr("&Stance guess:"), m_stance);
    connect(m_stance, &QComboBox::currentIndexChanged, this,
            [this] { store(CaptureField::Stance, m_stance->currentData().toString()); });
    addField(CaptureField::Note, tr("No&te:"), {});
    addField(CaptureField::FollowUp, tr("&Follow-up:"), tr("What you promised, if anything"));
    addField(CaptureField::FollowUpDue, tr("&Due:"), tr("in 7 days"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("captureError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* matchLabel = new QLabel(tr("Likely &matches (Enter attaches):"), this);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("captureMatches"));
    m_matches->setAccessibleName(tr("Likely matches"));
    matchLabel->setBuddy(m_matches);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        choose(item->data(kPersonRole).value<Id>(), item->data(kNameRole).toString());
    });
    m_attached = new QLabel(this);
    m_attached->setObjectName(QStringLiteral("captureAttached"));
    m_attached->setWordWrap(true);
    m_createNew = new QPushButton(tr("Create a &new person instead"), this);
    m_createNew->setObjectName(QStringLiteral("captureCreateNew"));
    connect(m_createNew, &QPushButton::clicked, this, [this] { choose(0, {}); });

    auto* side = new QVBoxLayout;
    side->addWidget(matchLabel);
    side->addWidget(m_matches, 1);
    side->addWidget(m_attached);
    side->addWidget(m_createNew);
    auto* fields = new QVBoxLayout;
    fields->addLayout(m_form);
    fields->addWidget(m_error);
    fields->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(fields, 3);
    layout->addLayout(side, 2);

    m_matchTimer = new QTimer(this);
    m_matchTimer->setSingleShot(true);
    m_matchTimer->setInterval(100);
    connect(m_matchTimer, &QTimer::timeout, this, &CaptureForm::refreshMatches);
    showAttached();
    setEnabled(false);
}

QLineEdit* CaptureForm::addField(CaptureField field, const QString& label, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("capture-%1").arg(captureFieldKey(field)));
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    m_edits.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) { store(field, text); });
    connect(edit, &QLineEdit::returnPressed, this, &CaptureForm::saveRequested);
    return edit;
}

void CaptureForm::load(CaptureSession* session, const CaptureDraft& draft) {
    m_session = session;
    m_draftId = draft.id;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setText(draft.value(it.key()));
    {
        const QSignalBlocker block(m_stance);
        m_stance->setCurrentIndex(std::max(0, m_stance->findData(draft.value(CaptureField::Stance))));
    }
    m_attachedId = draft.personId;
    m_attachedName.clear();
    if (m_attachedId != 0) {
        if (auto person = m_workspace.people().get(m_attachedId))
            m_attachedName = person->name;
        else
            m_attachedId = 0; // merged away or deleted since: saving creates a new person
    }
    m_error->clear();
    setEnabled(session != nullptr);
    refreshMatches();
    showAttached();
}

void CaptureForm::clear() {
    load(nullptr, CaptureDraft{});
}

void CaptureForm::store(CaptureField field, const QString& value) {
    if (!m_session || m_draftId == 0)
        return;
    if (auto st = m_session->setField(m_draftId, field, value); !st) {
        showError(st.error().message);
        return;
    }
    if (field == CaptureField::Name)
        emit nameEdited(m_draftId, value);
    if (field == CaptureField::Name || field == CaptureField::Organisation || field == CaptureField::Handles)
        m_matchTimer->start();
}

void CaptureForm::refreshMatches() {
    m_matchTimer->stop();
    m_matches->clear();
    if (!m_session || m_draftId == 0)
        return;
    const auto found = m_session->matches(m_draftId, kMatchLimit);
    for (const MatchCandidate& c : found.valueOr({})) {
        QString text = c.organisation.isEmpty() ? c.name : tr("%1 · %2").arg(c.name, c.organisation);
        text += tr(" — %1%").arg(qRound(c.score * 100));
        auto* item = new QListWidgetItem(text, m_matches);
        item->setToolTip(c.explanation());
        item->setData(kPersonRole, c.personId);
        item->setData(kNameRole, c.name);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void CaptureForm::choose(Id personId, const QString& name) {
    if (!m_session || m_draftId == 0)
        return;
    if (auto st = m_session->choosePerson(m_draftId, personId); !st) {
        showError(st.error().message);
        return;
    }
    m_attachedId = personId;
    m_attachedName = name;
    showAttached();
    // Back to the form: the next field after the name.
    m_edits.value(CaptureField::Handles)->setFocus(Qt::OtherFocusReason);
}

void CaptureForm::showAttached() {
    if (m_attachedId == 0) {
        m_attached->setText(tr("Saving creates a new person."));
        m_createNew->setVisible(false);
        return;
    }
    m_attached->setText(tr("Saving adds to %1, who is already in the workspace.").arg(m_attachedName));
    m_createNew->setVisible(true);
}

void CaptureForm::showError(const QString& message) {
    m_error->setText(message);
}

QString CaptureForm::errorText() const {
    return m_error->text();
}

void CaptureForm::focusFirstField() {
    m_edits.value(CaptureField::Name)->setFocus(Qt::OtherFocusReason);
}

} // namespace chorus::ui
