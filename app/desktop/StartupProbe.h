#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QWidget;

namespace chorus::desktop {

/// Hidden helpers for documentation and measurement: notices the main window's first paint, then prints
/// the time since start and the resident memory (--timing), and/or saves a picture of the window and
/// quits (--screenshot FILE).
class StartupProbe final : public QObject {
    Q_OBJECT
public:
    StartupProbe(const QElapsedTimer& sinceStart, bool timing, QString screenshotPath,
                 QObject* parent = nullptr);

    void watch(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectFirstRow();
    void finish();

    QElapsedTimer m_sinceStart;
    bool m_timing;
    QString m_screenshotPath;
    QWidget* m_window = nullptr;
    bool m_painted = false;
};

} // namespace chorus::desktop
