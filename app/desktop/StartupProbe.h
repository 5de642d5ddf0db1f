#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QWidget;

namespace chorus::desktop {

/// Hidden helpers for documentation and measurement: notices the main window's first paint, then prints
/// the time since start and the resident memory (--timing), and/or saves a picture of the window and
/// quits (--screenshot FILE) — once no visible widget has the property chorusBusy set (at most two minutes).
class StartupProbe final : public QObject {
    Q_OBJECT
public:
    StartupProbe(const QElapsedTimer& sinceStart, bool timing, QString screenshotPath,
                 QObject* parent = nullptr);

    void watch(QWidget* window);
    /// For a screenshot of the search results: typed into the search field once the window shows.
    void setSearchText(const QString& text) { m_search = text; }
    /// For a screenshot of a dialog: "preferences" (or "suggestions", its Suggestions tab) opens once the
    /// window shows, and the picture is of the dialog.
    void setDialog(const QString& name) { m_dialog = name; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectFirstRow();
    void finish();
    bool pageBusy() const;

    QElapsedTimer m_sinceStart;
    bool m_timing;
    QString m_screenshotPath;
    QWidget* m_window = nullptr;
    QString m_search;
    QString m_dialog;
    bool m_painted = false;
    QElapsedTimer m_busySince;
};

} // namespace chorus::desktop
