#include "MapFilterBar.h"

#include "storage/Workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace chorus::ui {

MapFilterBar::MapFilterBar(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("mapTopic"));
    m_topic->setAccessibleName(tr("Topic"));
    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("mapStance"));
    m_stance->setAccessibleName(tr("Stance"));
    m_stance->addItem(tr("All stances"), QString());
    m_stance->addItem(tr("Aligned only"), QStringLiteral("aligned"));
    for (Stance s : {Stance::Champion, Stance::Advocate, Stance::Supporter, Stance::Neutral, Stance::Sceptic,
                     Stance::Unknown})
        m_stance->addItem(stanceLabel(s), stanceKey(s));
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("mapWindow"));
    m_window->setAccessibleName(tr("Time window"));
    m_window->addItem(tr("Any time"), 0);
    m_window->addItem(tr("Last 30 days"), 30);
    m_window->addItem(tr("Last 90 days"), 90);
    m_window->addItem(tr("Last year"), 365);
    m_minWeight = new QDoubleSpinBox(this);
    m_minWeight->setObjectName(QStringLiteral("mapMinWeight"));
    m_minWeight->setAccessibleName(tr("Minimum strength"));
    m_minWeight->setPrefix(tr("Min. strength "));
    m_minWeight->setRange(0.0, 5.0);
    m_minWeight->setSingleStep(0.1);
    m_minWeight->setDecimals(2);
    m_community = new QComboBox(this);
    m_community->setObjectName(QStringLiteral("mapCommunity"));
    m_community->setAccessibleName(tr("Community"));
    m_community->addItem(tr("All communities"), -1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show:"), this));
    for (QWidget* w : std::initializer_list<QWidget*>{m_topic, m_stance, m_window, m_minWeight, m_community})
        layout->addWidget(w);
    layout->addStretch(1);

    for (QComboBox* box : {m_topic, m_stance, m_window})
        connect(box, &QComboBox::currentIndexChanged, this, &MapFilterBar::optionsChanged);
    // Every change counts (arrows, wheel, typing), not only Enter or leaving the field; a burst of steps
    // rebuilds the graph once.
    m_minWeight->setKeyboardTracking(false);
    m_minWeightPause.setSingleShot(true);
    m_minWeightPause.setInterval(350);
    connect(&m_minWeightPause, &QTimer::timeout, this, &MapFilterBar::optionsChanged);
    connect(m_minWeight, &QDoubleSpinBox::valueChanged, this, [this] { m_minWeightPause.start(); });
    connect(m_community, &QComboBox::currentIndexChanged, this,
            [this] { emit communityChanged(community()); });
    refresh(nullptr);
}

GraphOptions MapFilterBar::options() const {
    GraphOptions o;
    const QVariant topic = m_topic->currentData();
    if (topic.isValid() && topic.toLongLong() > 0)
        o.scope.topicId = topic.toLongLong();
    const QString stance = m_stance->currentData().toString();
    if (stance == QLatin1String("aligned"))
        o.scope.stances = {Stance::Champion, Stance::Advocate, Stance::Supporter};
    else if (auto s = stanceFromKey(stance))
        o.scope.stances = {*s};
    if (const int days = m_window->currentData().toInt(); days > 0)
        o.scope.from = m_workspace.clock().now().addDays(-days);
    o.minWeight = m_minWeight->value();
    return o;
}

int MapFilterBar::community() const {
    return m_community->currentData().toInt();
}

void MapFilterBar::refresh(const GraphAnalysis* analysis) {
    {
        const QSignalBlocker block(m_topic);
        const QVariant current = m_topic->currentData();
        m_topic->clear();
        m_topic->addItem(tr("All topics"), Id(0));
        if (auto topics = m_workspace.topics().list()) {
            for (const Topic& t : *topics)
                m_topic->addItem(t.name, t.id);
        }
        const int at = m_topic->findData(current);
        m_topic->setCurrentIndex(at >= 0 ? at : 0);
    }
    const QSignalBlocker block(m_community);
    const int current = community();
    m_community->clear();
    m_community->addItem(tr("All communities"), -1);
    if (analysis) {
        for (const Community& c : analysis->metrics.communities)
            m_community->addItem(tr("%1 (%n people)", nullptr, c.size).arg(c.label), c.id);
    }
    const int at = m_community->findData(current);
    m_community->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace chorus::ui
