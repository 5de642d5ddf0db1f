#include "Igraph.h"

#include <QCoreApplication>

#include <dlfcn.h>

namespace chorus::igraph {

namespace {
using SetThreads = void (*)(int);

// Debian's igraph runs PRPACK's PageRank in OpenMP parallel regions. Between them libgomp's idle threads
// spin: on the 10k workspace that was more than half the command's CPU time for no gain in wall time on two
// cores. igraph holds the lock on one thread at a time anyway, so its OpenMP regions run on that thread
// alone. omp_set_num_threads is looked up at run time (libgomp arrives with igraph) so the code is not built
// with -fopenmp; where there is no OpenMP runtime this does nothing.
SetThreads ompSetNumThreads() {
    static const SetThreads f = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
    return f;
}
} // namespace

std::unique_lock<std::mutex> lock() {
    static std::mutex mutex;
    static std::once_flag handlers;
    std::unique_lock<std::mutex> held(mutex);
    std::call_once(handlers, [] {
        // igraph's default handler aborts the process; errors come back as values instead.
        igraph_set_error_handler(igraph_error_handler_ignore);
        igraph_set_warning_handler(igraph_warning_handler_ignore);
    });
    if (SetThreads set = ompSetNumThreads())
        set(1); // per calling thread (an OpenMP internal control variable of this thread)
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
