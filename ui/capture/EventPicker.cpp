#include "EventPicker.h"

#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

namespace chorus::ui {

namespace {
constexpr int kEventLimit = 200;
}

EventPicker::EventPicker(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("E&vent:"), this);
    m_events = new QComboBox(this);
    m_events->setObjectName(QStringLiteral("captureEvent"));
    label->setBuddy(m_events);
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("captureNewEvent"));
    m_newName->setPlaceholderText(tr("or type a new event's name and press Enter"));
    m_newName->setAccessibleName(tr("New event name"));
    layout->addWidget(label);
    layout->addWidget(m_events, 2);
    layout->addWidget(m_newName, 2);
    reload();
    connect(m_events, &QComboBox::activated, this, [this] { emit eventChosen(eventId()); });
    connect(m_newName, &QLineEdit::returnPressed, this, &EventPicker::createEvent);
}

Id EventPicker::eventId() const {
    return m_events->currentData().value<Id>();
}

void EventPicker::reload() {
    const QSignalBlocker block(m_events);
    m_events->clear();
    m_events->addItem(tr("No event"), Id(0));
    for (const EventRow& row : m_workspace.events().list({}, kEventLimit).valueOr({}))
        m_events->addItem(tr("%1 (%2)").arg(row.name, QLocale().toString(row.startsOn, QLocale::ShortFormat)),
                          row.id);
}

void EventPicker::select(Id eventId) {
    reload();
    const QSignalBlocker block(m_events);
    m_events->setCurrentIndex(std::max(0, m_events->findData(eventId)));
}

void EventPicker::createEvent() {
    Event event;
    event.name = m_newName->text().trimmed();
    event.kind = EventKind::Meetup;
    event.startsOn = m_workspace.clock().now().date();
    if (event.name.isEmpty()) {
        m_error = tr("Event: type the new event's name.");
        emit failed(m_error);
        return;
    }
    auto id = m_workspace.events().add(event);
    if (!id) {
        m_error = tr("Event: %1").arg(id.error().message);
        emit failed(m_error);
        return;
    }
    m_error.clear();
    m_newName->clear();
    select(*id);
    emit eventChosen(*id);
}

} // namespace chorus::ui
