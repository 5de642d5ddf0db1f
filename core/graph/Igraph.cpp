#include "Igraph.h"

#include <QCoreApplication>

namespace chorus::igraph {

std::unique_lock<std::mutex> lock() {
    static std::mutex mutex;
    static std::once_flag handlers;
    std::unique_lock<std::mutex> held(mutex);
    std::call_once(handlers, [] {
        // igraph's default handler aborts the process; errors come back as values instead.
        igraph_set_error_handler(igraph_error_handler_ignore);
        igraph_set_warning_handler(igraph_warning_handler_ignore);
    });
    return held;
}

Error failure(igraph_error_t code, const char* what) {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Graph", "Graph analysis failed (%1): %2")
                         .arg(QString::fromUtf8(what), QString::fromUtf8(igraph_strerror(code))));
}

Graph::Graph(const RelationshipGraph& g)
    : m_weights(g.edgeCount()) {
    IntVector edges(2 * igraph_integer_t(g.edgeCount()));
    for (int i = 0; i < g.edgeCount(); ++i) {
        VECTOR(edges.v)[2 * i] = g.edges[i].source;
        VECTOR(edges.v)[2 * i + 1] = g.edges[i].target;
        VECTOR(m_weights.v)[i] = g.edges[i].weight;
    }
    m_ok = igraph_create(&m_graph, &edges.v, g.nodeCount(), IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS;
}

Graph::~Graph() {
    if (m_ok)
        igraph_destroy(&m_graph);
}

} // namespace chorus::igraph
