#pragma once

// Internal to core/graph: a small RAII bridge to igraph's C API. Debian's igraph is built without thread
// safety (IGRAPH_THREAD_SAFE 0), so every use holds igraphLock().

#include "RelationshipGraph.h"
#include "util/Result.h"

#include <igraph.h>

#include <mutex>

namespace chorus::igraph {

/// Serialises igraph use across threads and installs non-aborting error handlers on first use.
std::unique_lock<std::mutex> lock();

/// An error value for a failed igraph call.
Error failure(igraph_error_t code, const char* what);

/// An igraph_vector_t that frees itself.
class Vector final {
public:
    explicit Vector(igraph_integer_t size = 0) { igraph_vector_init(&v, size); }
    ~Vector() { igraph_vector_destroy(&v); }
    Vector(const Vector&) = delete;
    Vector& operator=(const Vector&) = delete;
    igraph_vector_t v;
};

class IntVector final {
public:
    explicit IntVector(igraph_integer_t size = 0) { igraph_vector_int_init(&v, size); }
    ~IntVector() { igraph_vector_int_destroy(&v); }
    IntVector(const IntVector&) = delete;
    IntVector& operator=(const IntVector&) = delete;
    igraph_vector_int_t v;
};

/// An undirected igraph graph with the edge weights of a RelationshipGraph.
class Graph final {
public:
    explicit Graph(const RelationshipGraph& g);
    ~Graph();
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    bool ok() const { return m_ok; }
    const igraph_t* get() const { return &m_graph; }
    const igraph_vector_t* weights() const { return &m_weights.v; }

private:
    igraph_t m_graph;
    Vector m_weights;
    bool m_ok = false;
};

} // namespace chorus::igraph
