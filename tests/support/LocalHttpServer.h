#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QVector>

#include <functional>

namespace chorus::test {

struct HttpRequest {
    QByteArray method;
    QByteArray path;                       ///< with the query
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
};

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;    ///< wait this long before answering
    bool never = false; ///< accept the request and never answer (a hung server)
};

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: routes by path, records every request, never reaches out.
class LocalHttpServer final : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit LocalHttpServer(QObject* parent = nullptr);
    bool listen();
    QUrl url(const QString& path) const;
    QString host() const { return QStringLiteral("127.0.0.1"); }

    /// Answers requests for this path (without the query); unknown paths get 404.
    void route(const QByteArray& path, Handler handler);
    /// Serves a fixed response.
    void serve(const QByteArray& path, const HttpResponse& response);

    QVector<HttpRequest> requests(const QByteArray& path = {}) const;
    int maxConcurrent() const { return m_maxConcurrent; }

private:
    void onConnection();
    void answer(class QTcpSocket* socket, const HttpRequest& request);

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QVector<HttpRequest> m_requests;
    int m_open = 0;
    int m_maxConcurrent = 0;
};

} // namespace chorus::test
