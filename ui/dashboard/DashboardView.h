#pragma once

#include "report/DashboardBuilder.h"

#include <QFutureWatcher>
#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QProgressBar;

namespace chorus {
class Workspace;
}

namespace chorus::ui {

class PeriodPicker;

/// The Dashboard page: the charts of a period (touchpoints per week by do-with / do-to, health against the
/// previous period, people in touch by stance, topic share of joined conversations, introductions and ties,
/// follow-ups kept). They are computed in a worker on its own connection; changing the period cancels a run
/// in progress. Hovering a bar shows its value. Nothing is computed until the page is first shown.
class DashboardView final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(Workspace& workspace, QWidget* parent = nullptr);
    ~DashboardView() override;

    PeriodPicker* periodPicker() const { return m_picker; }
    /// The chart with this key ("touchpoints"), once loaded.
    QChart* chart(const QString& key) const;
    /// What the last hover showed (also in the tooltip), for tests and the status line.
    QString hoverText() const { return m_hoverText; }
    bool isLoading() const { return m_watcher.isRunning(); }

public slots:
    void reload();

signals:
    void loaded();
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showCharts();
    void showHover(const QString& text);

    Workspace& m_workspace;
    PeriodPicker* m_picker = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QGridLayout* m_grid = nullptr;
    QVector<report::DashboardChart> m_data;
    QVector<QChartView*> m_views;
    QString m_hoverText;
    QFutureWatcher<Result<QVector<report::DashboardChart>>> m_watcher;
    bool m_reloadPending = false;
    bool m_everLoaded = false;
};

} // namespace chorus::ui
