#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace chorus::ui {

/// "Last 4 weeks / 3 months / 12 months / custom" and the two days; emits periodChanged(from, to) once per
/// change.
class PeriodPicker final : public QWidget {
    Q_OBJECT
public:
    explicit PeriodPicker(const QDate& today, QWidget* parent = nullptr);

    QDate from() const;
    QDate to() const;
    /// Sets a custom period (both days included).
    void setPeriod(const QDate& from, const QDate& to);

signals:
    void periodChanged(const QDate& from, const QDate& to);

private:
    void applyPreset(int index);
    void datesEdited();

    QDate m_today;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    bool m_updating = false;
};

} // namespace chorus::ui
