#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace chorus::desktop {

namespace {

const QByteArray kActivate = QByteArrayLiteral("activate\n");
const QByteArray kAnswer = QByteArrayLiteral("ok\n");

QString canonicalPath(const QString& path) {
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty while the file does not exist yet
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& workspacePath) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(canonicalPath(workspacePath).toUtf8());
    hash.addData(QByteArrayLiteral("\n"));
    hash.addData(QDir::homePath().toUtf8()); // one user's Chorus never answers for another's
    return QStringLiteral("chorus-%1").arg(QString::fromLatin1(hash.result().toHex().left(24)));
}

bool SingleInstance::forwardToRunning(const QString& workspacePath, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(serverName(workspacePath));
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listening, or a socket file left by a killed program
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    socket.disconnectFromServer();
    return answer == kAnswer;
}

bool SingleInstance::claim(const QString& workspacePath) {
    const QString name = serverName(workspacePath);
    if (m_server && m_server->serverName() == name)
        return true;
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        if (server->serverError() == QAbstractSocket::AddressInUseError &&
            !forwardToRunning(workspacePath, 500)) {
            // Left behind by a program that was killed: nobody answers on it.
            QLocalServer::removeServer(name);
            server->listen(name);
        }
    }
    if (!server->isListening()) {
        m_error = server->errorString();
        delete server;
        return false;
    }
    delete m_server;
    m_server = server;
    m_path = canonicalPath(workspacePath);
    m_error.clear();
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kActivate) {
                socket->write(kAnswer);
                socket->flush();
                emit activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace chorus::desktop
