#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace chorus {
class Workspace;
}
namespace chorus::ui {
class MainWindow;
}

namespace chorus::desktop {

/// The open workspace and its window. Opening another workspace (File ▸ New / Open / recent) builds a
/// new pair and retires the old one, window first, so pages never outlive the workspace they read.
class DesktopSession final : public QObject {
    Q_OBJECT
public:
    DesktopSession();
    ~DesktopSession() override;

    /// Opens (with `create`, creates) the workspace and shows its window. On failure returns the message
    /// and keeps what was open.
    /// `page` ("people", "map"…) overrides the page remembered from last time.
    QString open(const QString& path, bool create, const QString& page = {});
    ui::MainWindow* window() const { return m_window.get(); }
    /// Asked before opening a workspace: true when another Chorus holds it (and was brought forward), so
    /// open() refuses instead of opening the database twice. See SingleInstance.
    void setHeldElsewhere(std::function<bool(const QString& path)> check) {
        m_heldElsewhere = std::move(check);
    }

signals:
    /// A workspace was opened and its window shown.
    void workspaceOpened(const QString& path);

private:
    void retire(std::unique_ptr<ui::MainWindow> window, std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    std::function<bool(const QString&)> m_heldElsewhere;
};

} // namespace chorus::desktop
