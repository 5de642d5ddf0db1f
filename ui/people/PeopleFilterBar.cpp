#include "PeopleFilterBar.h"
#include "shell/Plural.h"

#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace chorus::ui {

PeopleFilterBar::PeopleFilterBar(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("peopleFilterText"));
    m_text->setAccessibleName(tr("Filter people"));
    m_text->setPlaceholderText(tr("Filter by name, organisation, handle…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(220);

    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("peopleFilterStance"));
    m_stance->setAccessibleName(tr("Stance"));
    m_stance->addItem(tr("Any stance"), QString());
    m_stance->addItem(tr("Aligned (champion, advocate, supporter)"), QStringLiteral("aligned"));
    for (const QString& key : stanceKeys())
        m_stance->addItem(stanceLabel(*stanceFromKey(key)), key);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("peopleFilterTopic"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setMaximumWidth(220);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("peopleFilterTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setMaximumWidth(180);
    reloadChoices();

    m_goingCold = new QCheckBox(tr("Going cold"), this);
    m_goingCold->setObjectName(QStringLiteral("peopleFilterGoingCold"));
    m_goingCold->setToolTip(tr("Established relationships whose health has fallen below 25"));
    m_archived = new QCheckBox(tr("Archived too"), this);
    m_archived->setObjectName(QStringLiteral("peopleFilterArchived"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("peopleMatchCount"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_stance);
    layout->addWidget(m_topic, 1);
    layout->addWidget(m_tag, 1);
    layout->addWidget(m_goingCold);
    layout->addWidget(m_archived);
    layout->addStretch();
    layout->addWidget(m_count);

    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(&m_typing, &QTimer::timeout, this, &PeopleFilterBar::emitChange);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &PeopleFilterBar::emitChange);
    for (QComboBox* box : {m_stance, m_topic, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &PeopleFilterBar::emitChange);
    for (QCheckBox* box : {m_goingCold, m_archived})
        connect(box, &QCheckBox::toggled, this, &PeopleFilterBar::emitChange);
}

void PeopleFilterBar::reloadChoices() {
    const QSignalBlocker blockTopic(m_topic);
    const QSignalBlocker blockTag(m_tag);
    const Id topic = m_topic->currentData().toLongLong();
    const Id tag = m_tag->currentData().toLongLong();
    m_topic->clear();
    m_topic->addItem(tr("Any topic"), Id(0));
    for (const Topic& t : m_workspace.topics().list().valueOr({}))
        m_topic->addItem(t.focus ? tr("%1 (focus)").arg(t.name) : t.name, t.id);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), Id(0));
    for (const Tag& t : m_workspace.tags().list().valueOr({}))
        m_tag->addItem(t.name, t.id);
    m_topic->setCurrentIndex(qMax(0, m_topic->findData(topic)));
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));
}

PersonFilter PeopleFilterBar::filter() const {
    PersonFilter f;
    f.text = m_text->text().trimmed();
    const QString stance = m_stance->currentData().toString();
    if (stance == QLatin1String("aligned"))
        f.stances = {Stance::Champion, Stance::Advocate, Stance::Supporter};
    else if (const auto s = stanceFromKey(stance))
        f.stances = {*s};
    f.topicId = m_topic->currentData().toLongLong();
    f.tagId = m_tag->currentData().toLongLong();
    f.goingColdOnly = m_goingCold->isChecked();
    f.includeArchived = m_archived->isChecked();
    return f;
}

void PeopleFilterBar::setMatchCount(int count) {
    m_count->setText(
        countOf(count, tr("1 person", "matching the filter"), tr("%L1 people", "matching the filter")));
}

void PeopleFilterBar::emitChange() {
    m_typing.stop();
    emit filterChanged(filter());
}

} // namespace chorus::ui
