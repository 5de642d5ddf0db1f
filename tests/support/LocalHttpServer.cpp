#include "LocalHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace chorus::test {

LocalHttpServer::LocalHttpServer(QObject* parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onConnection);
}

bool LocalHttpServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url(const QString& path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void LocalHttpServer::route(const QByteArray& path, Handler handler) {
    m_routes.insert(path, std::move(handler));
}

void LocalHttpServer::serve(const QByteArray& path, const HttpResponse& response) {
    route(path, [response](const HttpRequest&) { return response; });
}

QVector<HttpRequest> LocalHttpServer::requests(const QByteArray& path) const {
    if (path.isEmpty())
        return m_requests;
    QVector<HttpRequest> out;
    for (const HttpRequest& r : m_requests) {
        if (r.path.split('?').first() == path)
            out << r;
    }
    return out;
}

void LocalHttpServer::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            // Keep-alive connections may carry one request after another.
            while (true) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                buffer->remove(0, end + 4);
                HttpRequest request;
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                               lines[i].mid(colon + 1).trimmed());
                }
                m_requests << request;
                answer(socket, request);
            }
        });
    }
}

void LocalHttpServer::answer(QTcpSocket* socket, const HttpRequest& request) {
    const QByteArray path = request.path.split('?').first();
    const auto handler = m_routes.constFind(path);
    HttpResponse response;
    if (handler == m_routes.constEnd()) {
        response.status = 404;
        response.body = "not found";
    } else {
        response = (*handler)(request);
    }
    if (response.never)
        return; // the socket stays open and silent until the client gives up
    m_maxConcurrent = std::max(m_maxConcurrent, ++m_open);
    QPointer<QTcpSocket> guarded(socket);
    auto send = [this, guarded, response] {
        --m_open;
        if (!guarded)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " " +
                         (response.status == 200   ? "OK"
                          : response.status == 304 ? "Not Modified"
                          : response.status == 404 ? "Not Found"
                          : response.status == 500 ? "Internal Server Error"
                          : response.status < 400  ? "Redirect"
                                                   : "Error") +
                         "\r\n";
        for (const auto& [name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (response.status != 304)
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        if (response.status != 304)
            out += response.body;
        guarded->write(out);
        guarded->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}

} // namespace chorus::test
