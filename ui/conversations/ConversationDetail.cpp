#include "ConversationDetail.h"

#include "people/PersonCompleter.h"
#include "shell/StatusCommand.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chorus::ui {

ConversationDetail::ConversationDetail(Workspace& workspace, QUndoStack* undoStack,
                                       std::shared_ptr<IdRefs> ids, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undoStack)
    , m_ids(std::move(ids)) {
    setObjectName(QStringLiteral("conversationDetail"));
    m_empty = new QLabel(tr("Select a conversation to see who is in it."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_content = new QWidget(this);

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("convTitle"));
    m_title->setWordWrap(true);
    m_title->setOpenExternalLinks(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    auto* edit = new QPushButton(tr("Edit"), m_content);
    edit->setObjectName(QStringLiteral("convEdit"));
    connect(edit, &QPushButton::clicked, this, [this] { emit editRequested(m_id); });
    m_meta = new QLabel(m_content);
    m_meta->setWordWrap(true);

    m_status = new QComboBox(m_content);
    m_status->setObjectName(QStringLiteral("convStatus"));
    for (auto s : {ConversationStatus::Seen, ConversationStatus::Watching, ConversationStatus::Joined,
                   ConversationStatus::Hosting, ConversationStatus::Closed})
        m_status->addItem(conversationStatusLabel(s), int(s));
    connect(m_status, &QComboBox::activated, this,
            [this](int index) { setStatus(ConversationStatus(m_status->itemData(index).toInt())); });
    m_topics = new QLabel(m_content);
    m_topics->setObjectName(QStringLiteral("convTopics"));
    m_topics->setWordWrap(true);
    m_summary = new QLabel(m_content);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_participants = new QTreeWidget(m_content);
    m_participants->setObjectName(QStringLiteral("convParticipants"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setRootIsDecorated(false);
    m_participants->setHeaderLabels({tr("Participant"), tr("Role"), tr("Messages")});
    m_participants->header()->setStretchLastSection(false);
    m_participants->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_participants, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit personActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    m_participantName = new QLineEdit(m_content);
    m_participantName->setObjectName(QStringLiteral("convAddParticipant"));
    m_participantName->setAccessibleName(tr("Add a participant"));
    m_participantName->setPlaceholderText(tr("Add a participant: name or handle"));
    m_completer = new PersonCompleter(workspace, m_participantName);
    m_role = new QComboBox(m_content);
    m_role->setObjectName(QStringLiteral("convParticipantRole"));
    m_role->setAccessibleName(tr("Participant's role"));
    for (auto r : {ParticipantRole::Replied, ParticipantRole::Started, ParticipantRole::Mentioned})
        m_role->addItem(participantRoleLabel(r), int(r));
    auto* add = new QPushButton(tr("Add"), m_content);
    add->setObjectName(QStringLiteral("convAddParticipantButton"));
    connect(add, &QPushButton::clicked, this, &ConversationDetail::addTypedParticipant);
    connect(m_participantName, &QLineEdit::returnPressed, this, &ConversationDetail::addTypedParticipant);
    auto* remove = new QPushButton(tr("Remove"), m_content);
    remove->setObjectName(QStringLiteral("convRemoveParticipant"));
    connect(remove, &QPushButton::clicked, this, &ConversationDetail::removeSelectedParticipant);

    m_notes = new QListWidget(m_content);
    m_notes->setObjectName(QStringLiteral("convNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setWordWrap(true);
    m_noteText = new QLineEdit(m_content);
    m_noteText->setObjectName(QStringLiteral("convNoteText"));
    m_noteText->setAccessibleName(tr("New note"));
    m_noteText->setPlaceholderText(tr("Add a note and press Enter"));
    connect(m_noteText, &QLineEdit::returnPressed, this, &ConversationDetail::addNote);
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("convMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(edit, 0, Qt::AlignTop);
    auto* form = new QFormLayout;
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Topics:"), m_topics);
    form->addRow(tr("Summary:"), m_summary);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_participantName, 1);
    addRow->addWidget(m_role);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto* layout = new QVBoxLayout(m_content);
    layout->addLayout(header);
    layout->addWidget(m_meta);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Participants</b>"), m_content));
    layout->addWidget(m_participants, 2);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("<b>Notes</b>"), m_content));
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_noteText);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty);
    outer->addWidget(m_content);
    m_content->hide();
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &ConversationDetail::onChanged);
}

void ConversationDetail::showConversation(Id id) {
    m_id = id;
    m_message->hide();
    reload();
}

void ConversationDetail::reload() {
    auto conversation = m_id > 0 ? m_workspace.conversations().get(m_id) : Result<Conversation>(Error{});
    m_empty->setVisible(!conversation);
    m_content->setVisible(bool(conversation));
    if (!conversation) {
        m_id = 0;
        return;
    }
    m_conversation = *conversation;
    const Conversation& c = m_conversation;
    const QString title = c.title.isEmpty() ? c.url.toString() : c.title;
    m_title->setText(c.url.isEmpty() ? title.toHtmlEscaped()
                                     : QStringLiteral("<a href=\"%1\">%2</a>")
                                           .arg(c.url.toString().toHtmlEscaped(), title.toHtmlEscaped()));
    const QLocale locale;
    QStringList meta;
    if (!c.platform.isEmpty())
        meta << platformLabel(c.platform);
    if (c.startedAt.isValid())
        meta << tr("started %1").arg(locale.toString(c.startedAt.toLocalTime().date(), QLocale::ShortFormat));
    if (c.lastActivityAt.isValid())
        meta << tr("last activity %1")
                    .arg(locale.toString(c.lastActivityAt.toLocalTime().date(), QLocale::ShortFormat));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_status->setCurrentIndex(m_status->findData(int(c.status)));
    m_topics->setText(c.topics.isEmpty() ? tr("none") : c.topics.join(QStringLiteral(", ")));
    m_summary->setText(c.summary.isEmpty() ? tr("none") : c.summary);

    m_participants->clear();
    for (const Participant& p : c.participants) {
        auto* item = new QTreeWidgetItem(
            m_participants, {p.personName, participantRoleLabel(p.role), QString::number(p.messages)});
        item->setData(0, Qt::UserRole, p.personId);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (c.participants.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_participants, {tr("Nobody yet: add someone below.")});
        none->setDisabled(true);
    }
    m_notes->clear();
    for (const Note& n : m_workspace.notes().forSubject(NoteSubject::Conversation, c.id).valueOr({}))
        m_notes->addItem(QStringLiteral("%1 — %2").arg(
            locale.toString(n.createdAt.toLocalTime().date(), QLocale::ShortFormat), n.body));
}

void ConversationDetail::report(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ConversationDetail::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

bool ConversationDetail::addTypedParticipant() {
    const QString typed = m_participantName->text().trimmed();
    if (m_id == 0 || typed.isEmpty())
        return false;
    const Id personId = m_completer->resolve();
    if (personId == 0) {
        report(
            tr("Nobody (or more than one person) answers to “%1”: pick someone from the list.").arg(typed));
        return false;
    }
    Participant participant;
    participant.personId = personId;
    participant.role = ParticipantRole(m_role->currentData().toInt());
    const IdRef conversation = m_ids->ref(m_id);
    std::optional<Participant> previous;
    for (const Participant& p : m_conversation.participants) {
        if (p.personId == personId)
            previous = p;
    }
    auto& repo = m_workspace.conversations();
    m_undo->push(new StatusCommand(
        tr("Add %1 to a conversation").arg(typed),
        [&repo, conversation, participant] { return repo.addParticipant(*conversation, participant); },
        [&repo, conversation, personId, previous] {
            return previous ? repo.addParticipant(*conversation, *previous)
                            : repo.removeParticipant(*conversation, personId);
        },
        [this](const QString& m) { report(m); }));
    m_participantName->clear();
    report({});
    return true;
}

void ConversationDetail::removeSelectedParticipant() {
    const QTreeWidgetItem* item = m_participants->currentItem();
    if (!item || m_id == 0 || item->data(0, Qt::UserRole).toLongLong() == 0)
        return;
    const Id personId = item->data(0, Qt::UserRole).toLongLong();
    Participant before;
    for (const Participant& p : m_conversation.participants) {
        if (p.personId == personId)
            before = p;
    }
    const IdRef conversation = m_ids->ref(m_id);
    auto& repo = m_workspace.conversations();
    m_undo->push(new StatusCommand(
        tr("Remove %1 from a conversation").arg(before.personName),
        [&repo, conversation, personId] { return repo.removeParticipant(*conversation, personId); },
        [&repo, conversation, before] { return repo.addParticipant(*conversation, before); },
        [this](const QString& m) { report(m); }));
}

void ConversationDetail::addNote() {
    const QString body = m_noteText->text().trimmed();
    if (m_id == 0 || body.isEmpty())
        return;
    auto noteId = std::make_shared<Id>(0);
    Note note;
    note.subject = NoteSubject::Conversation;
    const IdRef conversation = m_ids->ref(m_id);
    note.body = body;
    auto& notes = m_workspace.notes();
    m_undo->push(new StatusCommand(
        tr("Add a note"),
        [&notes, note, noteId, conversation]() -> Status {
            Note stored = note;
            stored.subjectId = *conversation;
            auto id = notes.add(stored);
            if (!id)
                return id.error();
            *noteId = *id;
            return {};
        },
        [&notes, noteId] { return notes.remove(*noteId); }, [this](const QString& m) { report(m); }));
    m_noteText->clear();
}

void ConversationDetail::setStatus(ConversationStatus status) {
    if (m_id == 0 || status == m_conversation.status)
        return;
    const ConversationStatus before = m_conversation.status;
    const IdRef conversation = m_ids->ref(m_id);
    auto& repo = m_workspace.conversations();
    m_undo->push(new StatusCommand(
        tr("Set conversation status to %1").arg(conversationStatusLabel(status)),
        [&repo, conversation, status] { return repo.setStatus(*conversation, status); },
        [&repo, conversation, before] { return repo.setStatus(*conversation, before); },
        [this](const QString& m) { report(m); }));
}

void ConversationDetail::onChanged(const Change& change) {
    if (m_id == 0)
        return;
    if ((change.entity == Entity::Conversation && change.ids.contains(m_id)) ||
        change.entity == Entity::Note || change.entity == Entity::Workspace ||
        change.entity == Entity::Person)
        reload();
}

} // namespace chorus::ui
