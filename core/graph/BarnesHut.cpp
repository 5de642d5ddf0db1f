#include "BarnesHut.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace chorus {
namespace {
constexpr int kMaxDepth = 48; // points closer than the float grain share a leaf
}

void BarnesHut::build(const QVector<QPointF>& positions, const QVector<double>& masses) {
    m_positions = &positions;
    m_masses = &masses;
    m_cells.clear();
    m_cells.reserve(positions.size() * 2 + 1);
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const QPointF& p = positions[i];
        if (i == 0) {
            minX = maxX = p.x();
            minY = maxY = p.y();
        } else {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    Cell root;
    root.cx = (minX + maxX) / 2.0;
    root.cy = (minY + maxY) / 2.0;
    root.half = std::max({maxX - minX, maxY - minY, 1e-6}) / 2.0 * 1.0001;
    m_cells.push_back(root);
    for (int i = 0; i < positions.size(); ++i)
        insert(0, i, 0);
}

void BarnesHut::subdivide(int cellIndex) {
    const Cell parent = m_cells[cellIndex];
    const double q = parent.half / 2.0;
    const int first = int(m_cells.size());
    for (int k = 0; k < 4; ++k) {
        Cell c;
        c.cx = parent.cx + ((k & 1) ? q : -q);
        c.cy = parent.cy + ((k & 2) ? q : -q);
        c.half = q;
        m_cells.push_back(c);
    }
    m_cells[cellIndex].firstChild = first;
}

void BarnesHut::insert(int cellIndex, int body, int depth) {
    const QPointF p = (*m_positions)[body];
    const double mass = (*m_masses)[body];
    for (;;) {
        Cell& cell = m_cells[cellIndex];
        cell.mass += mass;
        cell.mx += mass * p.x();
        cell.my += mass * p.y();
        if (cell.firstChild < 0) {
            if (cell.body == -1) {
                cell.body = body;
                return;
            }
            if (depth >= kMaxDepth) {
                cell.body = -2; // several coincident points: approximated as one mass
                return;
            }
            const int previous = cell.body;
            cell.body = -2;
            subdivide(cellIndex);
            // Push the previous occupant one level down (its mass is already counted here).
            const QPointF pp = (*m_positions)[previous];
            const Cell& split = m_cells[cellIndex];
            const int child = split.firstChild + (pp.x() >= split.cx ? 1 : 0) + (pp.y() >= split.cy ? 2 : 0);
            Cell& c = m_cells[child];
            const double pm = (*m_masses)[previous];
            c.mass += pm;
            c.mx += pm * pp.x();
            c.my += pm * pp.y();
            c.body = previous;
        }
        const Cell& here = m_cells[cellIndex];
        cellIndex = here.firstChild + (p.x() >= here.cx ? 1 : 0) + (p.y() >= here.cy ? 2 : 0);
        ++depth;
    }
}

QPointF BarnesHut::repulsion(int index, double k, double theta) const {
    const QPointF p = (*m_positions)[index];
    const double mass = (*m_masses)[index];
    double fx = 0, fy = 0;
    // Depth is bounded by kMaxDepth, so the pending cells fit a fixed stack (and queries can run in
    // parallel).
    std::array<int, 4 * kMaxDepth + 8> stack;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Cell& cell = m_cells[stack[--top]];
        if (cell.mass <= 0 || cell.body == index)
            continue;
        const double cx = cell.mx / cell.mass, cy = cell.my / cell.mass;
        const double dx = p.x() - cx, dy = p.y() - cy;
        const double d2 = dx * dx + dy * dy;
        const bool leaf = cell.firstChild < 0;
        if (leaf || (2.0 * cell.half) * (2.0 * cell.half) < theta * theta * d2) {
            double otherMass = cell.mass;
            if (leaf && cell.body == -2) {
                // A crowded leaf may contain this point itself: leave its own mass out.
                const QPointF q = (*m_positions)[index];
                if (std::abs(q.x() - cell.cx) <= cell.half && std::abs(q.y() - cell.cy) <= cell.half)
                    otherMass -= mass;
            }
            if (d2 > 1e-12 && otherMass > 0) {
                const double f = k * mass * otherMass / d2;
                fx += dx * f;
                fy += dy * f;
            }
            continue;
        }
        for (int c = 0; c < 4; ++c)
            stack[top++] = cell.firstChild + c;
    }
    return {fx, fy};
}

} // namespace chorus
