#include "PeriodPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace chorus::ui {
namespace {
// Days in each preset, in combo order; 0 is "custom".
constexpr int kPresetDays[] = {28, 91, 365, 0};
} // namespace

PeriodPicker::PeriodPicker(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_today(today) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItems({tr("Last 4 weeks"), tr("Last 3 months"), tr("Last 12 months"), tr("Custom")});
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("Period start"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("Period end"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    layout->addWidget(new QLabel(tr("Period:"), this));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to", "period from … to …"), this));
    layout->addWidget(m_to);
    layout->addStretch(1);
    applyPreset(0);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodPicker::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::datesEdited);
}

QDate PeriodPicker::from() const {
    return m_from->date();
}

QDate PeriodPicker::to() const {
    return m_to->date();
}

void PeriodPicker::setPeriod(const QDate& from, const QDate& to) {
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_preset);
        m_from->setDate(from);
        m_to->setDate(to);
        m_preset->setCurrentIndex(3);
    }
    emit periodChanged(from, to);
}

void PeriodPicker::applyPreset(int index) {
    const int days = kPresetDays[std::clamp(index, 0, 3)];
    if (days == 0)
        return;
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_to->setDate(m_today);
        m_from->setDate(m_today.addDays(-(days - 1)));
    }
    emit periodChanged(from(), to());
}

void PeriodPicker::datesEdited() {
    {
        const QSignalBlocker b(m_preset);
        m_preset->setCurrentIndex(3);
    }
    if (from() <= to())
        emit periodChanged(from(), to());
}

} // namespace chorus::ui
