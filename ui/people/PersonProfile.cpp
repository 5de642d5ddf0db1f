#include "PersonProfile.h"
#include "shell/Plural.h"

#include "PersonTimeline.h"
#include "storage/Workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {

constexpr int MaxTiesShown = 40;
const QString PersonScheme = QStringLiteral("chorus-person");

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString identityLink(const Identity& identity) {
    QString url = identity.url;
    if (url.isEmpty() && identity.platform == QLatin1String("email"))
        url = QStringLiteral("mailto:") + identity.handle;
    if (url.isEmpty() && (identity.handle.startsWith(QLatin1String("http://")) ||
                          identity.handle.startsWith(QLatin1String("https://"))))
        url = identity.handle;
    const QString text =
        QStringLiteral("%1: %2").arg(escaped(platformLabel(identity.platform)), escaped(identity.handle));
    if (url.isEmpty())
        return text;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(url), text);
}

} // namespace

PersonProfile::PersonProfile(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("personProfile"));
    m_stack = new QStackedWidget(this);
    auto* empty = new QLabel(tr("Select someone in the list to see their profile."), m_stack);
    empty->setObjectName(QStringLiteral("profileEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    auto* header = new QHBoxLayout;
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    header->addWidget(m_name, 1);
    m_edit = new QPushButton(tr("Edit"), page);
    m_edit->setObjectName(QStringLiteral("profileEdit"));
    m_delete = new QPushButton(tr("Delete…"), page);
    m_delete->setObjectName(QStringLiteral("profileDelete"));
    header->addWidget(m_edit, 0, Qt::AlignTop);
    header->addWidget(m_delete, 0, Qt::AlignTop);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_personId); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_personId); });
    pageLayout->addLayout(header);
    m_subtitle = new QLabel(page);
    m_subtitle->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("profileSubtitle"));
    pageLayout->addWidget(m_subtitle);

    m_details = new QWidget(page);
    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 6, 0, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    pageLayout->addWidget(m_details);
    m_stance = addSection(tr("Stance"), QStringLiteral("profileStance"));
    m_identities = addSection(tr("Identities"), QStringLiteral("profileIdentities"));
    m_identities->setOpenExternalLinks(true);
    m_topics = addSection(tr("Topics"), QStringLiteral("profileTopics"));
    m_tags = addSection(tr("Tags"), QStringLiteral("profileTags"));
    m_ties = addSection(tr("Ties"), QStringLiteral("profileTies"));
    connect(m_ties, &QLabel::linkActivated, this, [this](const QString& link) {
        const QUrl url(link);
        if (url.scheme() == PersonScheme)
            emit personActivated(url.path().toLongLong());
    });
    m_reach = addSection(tr("Reach"), QStringLiteral("profileReach"));

    auto* timelineTitle = new QLabel(tr("<b>Timeline</b>"), page);
    pageLayout->addWidget(timelineTitle);
    m_timeline = new QTreeWidget(page);
    m_timeline->setObjectName(QStringLiteral("profileTimeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_timeline->header()->setStretchLastSection(true);
    pageLayout->addWidget(m_timeline, 1);
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const Id conversation = item->data(2, Qt::UserRole).toLongLong();
        if (conversation > 0)
            emit conversationActivated(conversation);
    });
    m_stack->addWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &PersonProfile::onChanged);
}

QLabel* PersonProfile::addSection(const QString& title, const QString& objectName) {
    auto* value = new QLabel(m_details);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::RichText);
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    static_cast<QFormLayout*>(m_details->layout())->addRow(QStringLiteral("<b>%1</b>").arg(title), value);
    return value;
}

void PersonProfile::showPerson(Id id) {
    m_personId = id;
    reload();
}

void PersonProfile::reload() {
    auto person = m_personId > 0 ? m_workspace.people().get(m_personId) : Result<Person>(Error{});
    if (!person) {
        m_personId = 0;
        m_stack->setCurrentIndex(0);
        return;
    }
    const Person& p = *person;
    const QLocale locale;
    m_name->setText(p.archived ? tr("%1 (archived)").arg(p.name) : p.name);
    QStringList subtitle;
    for (const QString& part : {p.role, p.organisation, p.location}) {
        if (!part.isEmpty())
            subtitle << part;
    }
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_stance->setText(escaped(stanceLabel(p.stance)));

    QStringList identities;
    for (const Identity& identity : p.identities)
        identities << identityLink(identity);
    m_identities->setText(identities.isEmpty() ? tr("none yet") : identities.join(QStringLiteral("<br>")));

    QStringList topics;
    for (const PersonTopic& t : p.topics)
        topics << QStringLiteral("%1 <span style=\"color:gray\">%2%</span>")
                      .arg(escaped(t.name))
                      .arg(qRound(t.weight * 100));
    m_topics->setText(topics.isEmpty() ? tr("none yet") : topics.join(QStringLiteral(", ")));
    m_tags->setText(p.tags.isEmpty() ? tr("none") : escaped(p.tags.join(QStringLiteral(", "))));

    const auto ties = m_workspace.ties().forPerson(p.id).valueOr({});
    QStringList tieLinks;
    for (const TieView& t : ties) {
        if (tieLinks.size() == MaxTiesShown)
            break;
        tieLinks << QStringLiteral("<a href=\"%1:%2\">%3</a> <span style=\"color:gray\">%4</span>")
                        .arg(PersonScheme)
                        .arg(t.otherId)
                        .arg(escaped(t.otherName), escaped(tieKindLabel(t.tie.kind)));
    }
    QString tiesText = tieLinks.isEmpty() ? tr("none yet") : tieLinks.join(QStringLiteral(", "));
    if (ties.size() > MaxTiesShown)
        tiesText += QLatin1Char(' ') + tr("and %L1 more").arg(ties.size() - MaxTiesShown);
    m_ties->setText(tiesText);

    const auto history = m_workspace.reach().history(p.id).valueOr({});
    QStringList reach;
    if (p.reach)
        reach << tr("%1 now").arg(locale.toString(*p.reach));
    for (qsizetype i = history.size() - 1; i >= 0 && reach.size() < 6; --i)
        reach << tr("%1 on %2")
                     .arg(locale.toString(history[i].reach),
                          locale.toString(history[i].on, QLocale::ShortFormat));
    m_reach->setText(reach.isEmpty() ? tr("not known") : reach.join(QStringLiteral(" · ")));

    fillTimeline();
    m_stack->setCurrentIndex(1);
}

void PersonProfile::fillTimeline() {
    m_timeline->clear();
    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    for (const TimelineEntry& e : personTimeline(m_workspace, m_personId)) {
        auto* item = new QTreeWidgetItem({locale.toString(e.at.toLocalTime().date(), QLocale::ShortFormat),
                                          e.what, e.detail.simplified()});
        item->setToolTip(0, locale.toString(e.at.toLocalTime(), QLocale::LongFormat));
        item->setToolTip(2, e.detail);
        item->setData(0, Qt::UserRole, int(e.kind));
        item->setData(1, Qt::UserRole, e.id);
        item->setData(2, Qt::UserRole, e.conversationId);
        if (e.conversationId > 0)
            item->setToolTip(1, tr("Double-click to open the thread"));
        items << item;
    }
    m_timeline->addTopLevelItems(items);
    if (items.isEmpty()) {
        auto* none = new QTreeWidgetItem(
            {QString(), tr("Nothing yet"), tr("No touchpoints, notes, threads or follow-ups.")});
        none->setDisabled(true);
        m_timeline->addTopLevelItem(none);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
}

void PersonProfile::onChanged(const Change& change) {
    if (m_personId == 0)
        return;
    switch (change.entity) {
    case Entity::Person:
        if (change.ids.contains(m_personId) || change.ids.isEmpty())
            reload();
        break;
    case Entity::Identity:
    case Entity::Topic:
    case Entity::Tag:
    case Entity::Tie:
    case Entity::Touchpoint:
    case Entity::Note:
    case Entity::FollowUp:
    case Entity::Conversation:
    case Entity::Workspace:
        reload();
        break;
    default:
        break;
    }
}

} // namespace chorus::ui
