#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace chorus::desktop {

/// One Chorus per workspace. The running program listens on a local socket named after its workspace file
/// (canonical path and user); a second launch on the same workspace asks it to come forward and exits instead
/// of opening the database twice. A socket left behind by a program that was killed is taken over.
class SingleInstance final : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for a workspace file: the same for every spelling of its path, different per user.
    static QString serverName(const QString& workspacePath);
    /// When a running Chorus holds this workspace: asks it to come forward and returns true (it answered
    /// within `timeoutMs`). Blocking; call before the event loop runs, or from a thread other than the
    /// holder's.
    static bool forwardToRunning(const QString& workspacePath, int timeoutMs = 2000);

    /// Become the instance for this workspace, letting go of the previous one. False when another live
    /// program holds it, or the socket cannot be created (then `errorString()` says why).
    bool claim(const QString& workspacePath);
    QString claimedPath() const { return m_path; }
    QString errorString() const { return m_error; }

signals:
    /// A second launch on our workspace asked us to come forward.
    void activationRequested();

private:
    void onConnection();

    QLocalServer* m_server = nullptr;
    QString m_path;
    QString m_error;
};

} // namespace chorus::desktop
