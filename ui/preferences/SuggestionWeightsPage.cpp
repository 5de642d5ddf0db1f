#include "SuggestionWeightsPage.h"

#include "storage/SettingsRepository.h"
#include "suggest/SuggestionSettings.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace chorus::ui {

namespace {

/// How a setting is edited: its range, step and unit.
enum class Kind { Weight, Factor, Days, Health, Reach, Count, Pool };

struct Meta {
    const char* key; ///< the name after "suggest."
    Kind kind;
    const char* label;
};

// In the order of docs/SUGGESTIONS.md; the first word of the key is the group. (QT_TRANSLATE_NOOP spelled
// out: lupdate does not expand a macro around it.)
const Meta kMeta[] = {
    {"support.weight.freshness", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "A fresh post")},
    {"support.weight.voice", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "A smaller voice (a share still helps)")},
    {"support.weight.growth", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "A rising reach trend")},
    {"support.weight.alignment", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "How much they already agree")},
    {"support.weight.topic_fit", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "On a focus topic")},
    {"support.weight.reciprocity", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "They engage back")},
    {"support.window_days", Kind::Days,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Posts count as fresh work for")},
    {"support.fresh_half_life_days", Kind::Days,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Freshness halves every")},
    {"support.voice_pivot_reach", Kind::Reach,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Audience at which a voice counts half")},
    {"support.growth_full_monthly", Kind::Factor,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Monthly growth that counts in full")},
    {"support.fairness_half_life_days", Kind::Days,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Someone just supported recovers over")},
    {"support.variety_factor", Kind::Factor,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage",
                       "Factor per earlier pick from the same community")},
    {"join.weight.freshness", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Recent activity")},
    {"join.weight.topic_fit", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "On a focus topic")},
    {"join.weight.aligned_present", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "People who agree take part")},
    {"join.weight.size", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "A small thread (one more voice matters)")},
    {"join.window_days", Kind::Days,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Threads active within")},
    {"join.fresh_half_life_days", Kind::Days,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Freshness halves every")},
    {"join.size_pivot", Kind::Reach,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Participants at which size counts half")},
    {"introduce.weight.purpose", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Shared topics")},
    {"introduce.weight.events", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Shared events")},
    {"introduce.weight.familiarity", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "How well you know both")},
    {"introduce.weight.bridge", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Different circles (a bridge)")},
    {"introduce.min_health", Kind::Health,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Only people known at least this well (health)")},
    {"introduce.pool", Kind::Pool,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "People considered, best known first")},
    {"reconnect.weight.promise", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "A promised follow-up is due")},
    {"reconnect.weight.lateness", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "How late the follow-up is")},
    {"reconnect.weight.investment", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Shared history")},
    {"reconnect.weight.alignment", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "How much they agree")},
    {"reconnect.weight.coldness", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "How cold it has gone")},
    {"reconnect.weight.reciprocity", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "They engage back")},
    {"reconnect.cold_health", Kind::Health,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Cold below this health")},
    {"reconnect.min_touchpoints", Kind::Count,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Valued after this many touchpoints")},
    {"reconnect.pool", Kind::Pool,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Cold people read at a time")},
    {"caution.weight.influence", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Influence (reach)")},
    {"caution.weight.freshness", Kind::Weight,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "A fresh post")},
    {"caution.min_reach", Kind::Reach,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Influential from this audience")},
    {"feedback.done_quiet_days", Kind::Days,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "A done suggestion stays quiet for")},
    {"reciprocity_window_days", Kind::Days,
     QT_TRANSLATE_NOOP("chorus::ui::SuggestionWeightsPage", "Engagement counted over the last")},
};

const Meta* metaOf(const QString& name) {
    for (const Meta& m : kMeta) {
        if (name == QStringLiteral("suggest.") + QLatin1String(m.key))
            return &m;
    }
    return nullptr;
}

// The range is the setting's own (SuggestionSettings::rangeOf); the kind only picks the step and the unit.
void configure(QDoubleSpinBox* box, const QString& name, const Meta* meta) {
    const SuggestionSettings::Range range = SuggestionSettings::rangeOf(name);
    box->setRange(range.min, range.max);
    if (!meta) {
        box->setDecimals(range.whole ? 0 : 3);
        return;
    }
    box->setDecimals(range.whole || meta->kind == Kind::Health ? 0 : 2);
    switch (meta->kind) {
    case Kind::Weight:
    case Kind::Factor:
        box->setSingleStep(0.05);
        break;
    case Kind::Days:
        box->setSuffix(SuggestionWeightsPage::tr(" days"));
        break;
    case Kind::Reach:
        box->setSingleStep(100);
        break;
    case Kind::Pool:
        box->setSingleStep(50);
        break;
    case Kind::Health:
    case Kind::Count:
        break;
    }
}

QString groupTitle(const QString& group) {
    if (group == QLatin1String("support"))
        return SuggestionWeightsPage::tr("Support — amplify aligned people who are growing");
    if (group == QLatin1String("join"))
        return SuggestionWeightsPage::tr("Join — threads worth a reply");
    if (group == QLatin1String("introduce"))
        return SuggestionWeightsPage::tr("Introduce — people who should meet");
    if (group == QLatin1String("reconnect"))
        return SuggestionWeightsPage::tr("Reconnect — relationships and promises");
    if (group == QLatin1String("caution"))
        return SuggestionWeightsPage::tr("Caution — influential sceptics");
    return SuggestionWeightsPage::tr("All lists");
}

QString groupOf(const QString& name) {
    const QStringList parts = name.split(QLatin1Char('.'));
    static const QStringList lists{QStringLiteral("support"), QStringLiteral("join"),
                                   QStringLiteral("introduce"), QStringLiteral("reconnect"),
                                   QStringLiteral("caution")};
    return parts.size() > 2 && lists.contains(parts.at(1)) ? parts.at(1) : QString();
}

} // namespace

SuggestionWeightsPage::SuggestionWeightsPage(SettingsRepository& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("prefSuggestions"));
    for (const auto& [name, value] : SuggestionSettings{}.entries())
        m_defaults.insert(name, value);
    const auto stored = SuggestionSettings::load(settings).entries();

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* intro = new QLabel(tr("Each list adds up its weights × how well a suggestion fits; a higher weight "
                                "counts for more. docs/SUGGESTIONS.md explains every one."),
                             content);
    intro->setWordWrap(true);
    column->addWidget(intro);
    QHash<QString, QFormLayout*> forms;
    QStringList order;
    for (const Meta& m : kMeta) {
        const QString group = groupOf(QStringLiteral("suggest.") + QLatin1String(m.key));
        if (!order.contains(group))
            order << group;
    }
    for (const QString& group : order) {
        auto* box = new QGroupBox(groupTitle(group), content);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        forms.insert(group, form);
        column->addWidget(box);
    }
    const QLocale locale;
    for (const auto& [name, value] : stored) {
        const Meta* meta = metaOf(name);
        auto* spin = new QDoubleSpinBox(content);
        spin->setObjectName(name);
        configure(spin, name, meta);
        spin->setValue(value);
        spin->setToolTip(name);
        const double fallback = m_defaults.value(name);
        auto* def = new QLabel(tr("default %1").arg(locale.toString(fallback, 'g', 6)), content);
        def->setEnabled(false);
        auto* row = new QHBoxLayout;
        row->addWidget(spin);
        row->addWidget(def);
        row->addStretch(1);
        QFormLayout* form = forms.value(groupOf(name));
        if (!form) {
            form = forms.value(QString());
        }
        const QString label = meta ? tr(meta->label) : name;
        auto* labelWidget = new QLabel(label, content);
        labelWidget->setBuddy(spin);
        form->addRow(labelWidget, row);
        m_boxes.insert(name, spin);
        m_stored.insert(name, spin->value()); // as the box shows it (rounded to its decimals)
    }
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* restore = new QPushButton(tr("&Restore Defaults"), this);
    restore->setObjectName(QStringLiteral("prefSuggestRestore"));
    connect(restore, &QPushButton::clicked, this, &SuggestionWeightsPage::restoreDefaults);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(restore);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

QVector<std::pair<QString, double>> SuggestionWeightsPage::changes() const {
    QVector<std::pair<QString, double>> out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->value() != m_stored.value(it.key()))
            out.push_back({it.key(), it.value()->value()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

Status SuggestionWeightsPage::validate() const {
    return SuggestionSettings::validate(m_settings, changes());
}

Status SuggestionWeightsPage::store() {
    const auto values = changes();
    if (values.isEmpty())
        return {};
    if (auto st = SuggestionSettings::store(m_settings, values); !st)
        return st;
    for (const auto& [name, value] : values)
        m_stored.insert(name, value);
    return {};
}

void SuggestionWeightsPage::restoreDefaults() {
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setValue(m_defaults.value(it.key()));
}

} // namespace chorus::ui
