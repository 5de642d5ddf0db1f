#include "EventDetail.h"
#include "shell/Plural.h"

#include "shell/StatusCommand.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chorus::ui {

EventDetail::EventDetail(Workspace& workspace, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undoStack) {
    setObjectName(QStringLiteral("eventDetail"));
    m_empty = new QLabel(tr("Select an event to see who was there."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_title->setWordWrap(true);
    m_title->setOpenExternalLinks(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_meta = new QLabel(m_content);
    m_meta->setWordWrap(true);
    m_attendees = new QTreeWidget(m_content);
    m_attendees->setObjectName(QStringLiteral("eventAttendees"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setHeaderLabels({tr("Attendee / touchpoint"), tr("Role / when"), tr("Note")});
    m_attendees->header()->setStretchLastSection(true);
    connect(m_attendees, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const Id person = item->data(0, Qt::UserRole).toLongLong();
        if (person > 0)
            emit personActivated(person);
    });
    m_notes = new QListWidget(m_content);
    m_notes->setObjectName(QStringLiteral("eventNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setWordWrap(true);
    m_noteText = new QLineEdit(m_content);
    m_noteText->setObjectName(QStringLiteral("eventNoteText"));
    m_noteText->setAccessibleName(tr("New note"));
    m_noteText->setPlaceholderText(tr("Add a note about the event and press Enter"));
    connect(m_noteText, &QLineEdit::returnPressed, this, &EventDetail::addNote);

    auto* layout = new QVBoxLayout(m_content);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(new QLabel(tr("<b>Attendees</b> (double-click to open a profile)"), m_content));
    layout->addWidget(m_attendees, 3);
    layout->addWidget(new QLabel(tr("<b>Notes</b>"), m_content));
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_noteText);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty);
    outer->addWidget(m_content);
    m_content->hide();
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &EventDetail::onChanged);
}

void EventDetail::showEventDetails(Id id) {
    m_id = id;
    reload();
}

void EventDetail::reload() {
    auto event = m_id > 0 ? m_workspace.events().get(m_id) : Result<Event>(Error{});
    m_empty->setVisible(!event);
    m_content->setVisible(bool(event));
    if (!event) {
        m_id = 0;
        return;
    }
    const Event& e = *event;
    const QLocale locale;
    m_title->setText(e.url.isEmpty() ? e.name.toHtmlEscaped()
                                     : QStringLiteral("<a href=\"%1\">%2</a>")
                                           .arg(e.url.toString().toHtmlEscaped(), e.name.toHtmlEscaped()));
    QStringList meta{eventKindLabel(e.kind)};
    if (e.startsOn.isValid()) {
        QString when = locale.toString(e.startsOn, QLocale::LongFormat);
        if (e.endsOn.isValid() && e.endsOn != e.startsOn)
            when = tr("%1 to %2").arg(when, locale.toString(e.endsOn, QLocale::LongFormat));
        meta << when;
    }
    if (!e.location.isEmpty())
        meta << e.location;
    meta << countOf(int(e.attendees.size()), tr("1 attendee"), tr("%L1 attendees"));
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    QHash<Id, QVector<Touchpoint>> touches;
    for (const Touchpoint& t : m_workspace.touchpoints().forEvent(e.id).valueOr({}))
        touches[t.personId] << t;
    m_attendees->clear();
    for (const Attendance& a : e.attendees) {
        auto* item = new QTreeWidgetItem(m_attendees, {a.personName, attendanceRoleLabel(a.role)});
        item->setData(0, Qt::UserRole, a.personId);
        for (const Touchpoint& t : touches.value(a.personId)) {
            auto* child = new QTreeWidgetItem(
                item, {touchpointKindLabel(t.kind), locale.toString(t.at.toLocalTime(), QLocale::ShortFormat),
                       t.note.simplified()});
            child->setData(0, Qt::UserRole, a.personId);
            child->setToolTip(2, t.note);
        }
    }
    m_attendees->expandAll();
    m_attendees->resizeColumnToContents(0);
    m_attendees->resizeColumnToContents(1);
    m_attendees->scrollToTop();
    if (e.attendees.isEmpty())
        new QTreeWidgetItem(m_attendees, {tr("Nobody recorded yet.")});
    m_notes->clear();
    for (const Note& n : m_workspace.notes().forSubject(NoteSubject::Event, e.id).valueOr({}))
        m_notes->addItem(QStringLiteral("%1 — %2").arg(
            locale.toString(n.createdAt.toLocalTime().date(), QLocale::ShortFormat), n.body));
}

void EventDetail::addNote() {
    const QString body = m_noteText->text().trimmed();
    if (m_id == 0 || body.isEmpty())
        return;
    Note note;
    note.subject = NoteSubject::Event;
    note.subjectId = m_id;
    note.body = body;
    auto noteId = std::make_shared<Id>(0);
    auto& notes = m_workspace.notes();
    m_undo->push(new StatusCommand(
        tr("Add a note"),
        [&notes, note, noteId]() -> Status {
            auto id = notes.add(note);
            if (!id)
                return id.error();
            *noteId = *id;
            return {};
        },
        [&notes, noteId] { return notes.remove(*noteId); }, {}));
    m_noteText->clear();
}

void EventDetail::onChanged(const Change& change) {
    if (m_id == 0)
        return;
    if ((change.entity == Entity::Event && change.ids.contains(m_id)) || change.entity == Entity::Note ||
        change.entity == Entity::Touchpoint || change.entity == Entity::Workspace ||
        change.entity == Entity::Person)
        reload();
}

} // namespace chorus::ui
