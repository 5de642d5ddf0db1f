#include "StartupProbe.h"

#include "search/SearchField.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace chorus::desktop {

namespace {

// Resident set size in MiB from /proc (Linux); -1 elsewhere.
double residentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

StartupProbe::StartupProbe(const QElapsedTimer& sinceStart, bool timing, QString screenshotPath,
                           QObject* parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
    , m_timing(timing)
    , m_screenshotPath(std::move(screenshotPath)) {}

void StartupProbe::watch(QWidget* window) {
    m_window = window;
    window->installEventFilter(this);
    if (!m_screenshotPath.isEmpty() && window->screen())
        window->setGeometry(window->screen()->availableGeometry()); // the whole (virtual) screen
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        const qint64 ms = m_sinceStart.elapsed();
        if (m_timing)
            std::fprintf(stderr, "first paint after %lld ms\n", static_cast<long long>(ms));
        if (!m_screenshotPath.isEmpty())
            QTimer::singleShot(200, this, &StartupProbe::selectFirstRow);
        QTimer::singleShot(m_screenshotPath.isEmpty() ? 0 : 800, this, &StartupProbe::finish);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::selectFirstRow() {
    // A picture of a list shows more with its first item open beside it.
    const auto views = m_window->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        const QString name = view->objectName();
        if (!view->isVisible() ||
            !(name.endsWith(QLatin1String("Table")) || name.endsWith(QLatin1String("List"))))
            continue;
        if (view->model() && view->model()->rowCount() > 0 && !view->currentIndex().isValid())
            view->setCurrentIndex(view->model()->index(0, 0));
    }
    if (!m_search.isEmpty()) {
        if (auto* field = m_window->findChild<ui::SearchField*>()) {
            field->setText(m_search);
            field->searchNow();
        }
    }
    if (m_dialog == QLatin1String("preferences") || m_dialog == QLatin1String("suggestions")) {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionPreferences"));
        if (!action)
            return;
        if (m_dialog == QLatin1String("suggestions")) {
            QTimer::singleShot(100, this, [] {
                if (QWidget* dialog = QApplication::activeModalWidget()) {
                    if (auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("prefTabs")))
                        tabs->setCurrentIndex(1);
                }
            });
        }
        QTimer::singleShot(0, action, &QAction::trigger); // modal: finish() runs inside its loop
    }
}

bool StartupProbe::pageBusy() const {
    // A page still building what it shows (the Map page: loading, laying out, drawing its layer) says so
    // with the dynamic property chorusBusy.
    const auto widgets = m_window->findChildren<QWidget*>();
    return std::any_of(widgets.cbegin(), widgets.cend(),
                       [](const QWidget* w) { return w->isVisible() && w->property("chorusBusy").toBool(); });
}

void StartupProbe::finish() {
    constexpr qint64 kBusyTimeoutMs = 120000;
    if (!m_screenshotPath.isEmpty() && pageBusy()) {
        if (!m_busySince.isValid())
            m_busySince.start();
        if (m_busySince.elapsed() < kBusyTimeoutMs) {
            QTimer::singleShot(100, this, &StartupProbe::finish);
            return;
        }
        std::fprintf(stderr, "the page was still busy after %lld s; taking the screenshot anyway\n",
                     static_cast<long long>(kBusyTimeoutMs / 1000));
    } else if (m_busySince.isValid() && !m_screenshotPath.isEmpty()) {
        // Let the last paint reach the window before grabbing it.
        m_busySince.invalidate();
        QTimer::singleShot(300, this, &StartupProbe::finish);
        return;
    }
    if (m_timing)
        std::fprintf(stderr, "resident memory %.1f MiB\n", residentMiB());
    if (!m_screenshotPath.isEmpty()) {
        QWidget* shown = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
        if (!shown->grab().save(m_screenshotPath))
            std::fprintf(stderr, "cannot write %s\n", qPrintable(m_screenshotPath));
        QApplication::quit();
    }
    if (m_timing)
        std::fflush(stderr);
}

} // namespace chorus::desktop
