#include "MapSpatialIndex.h"

#include <algorithm>
#include <cmath>

namespace chorus {

void MapSpatialIndex::build(const QVector<QPointF>& positions) {
    m_positions = &positions;
    const int n = int(positions.size());
    double x0 = 0, y0 = 0, x1 = 1, y1 = 1;
    for (int i = 0; i < n; ++i) {
        const QPointF& p = positions[i];
        if (i == 0) {
            x0 = x1 = p.x();
            y0 = y1 = p.y();
        }
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    m_bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    // About eight nodes per cell on average.
    const double area = std::max(m_bounds.width() * m_bounds.height(), 1e-9);
    m_cell = std::max(std::sqrt(area * 8.0 / std::max(1, n)), 1e-6);
    m_columns = std::max(1, int(m_bounds.width() / m_cell) + 1);
    m_rows = std::max(1, int(m_bounds.height() / m_cell) + 1);
    const int cells = m_columns * m_rows;
    m_start.fill(0, cells + 1);
    QVector<int> cellOfNode(n);
    for (int i = 0; i < n; ++i) {
        cellOfNode[i] = cellOf(positions[i].x(), positions[i].y());
        ++m_start[cellOfNode[i] + 1];
    }
    for (int c = 0; c < cells; ++c)
        m_start[c + 1] += m_start[c];
    m_nodes.resize(n);
    QVector<int> fill = m_start;
    for (int i = 0; i < n; ++i)
        m_nodes[fill[cellOfNode[i]]++] = i;
}

int MapSpatialIndex::cellOf(double x, double y) const {
    const int cx = std::clamp(int((x - m_bounds.left()) / m_cell), 0, m_columns - 1);
    const int cy = std::clamp(int((y - m_bounds.top()) / m_cell), 0, m_rows - 1);
    return cy * m_columns + cx;
}

void MapSpatialIndex::forEachIn(const QRectF& world, const std::function<void(int)>& visit) const {
    if (!m_positions || m_nodes.isEmpty())
        return;
    const QRectF r = world.intersected(m_bounds.adjusted(-m_cell, -m_cell, m_cell, m_cell));
    if (r.isEmpty())
        return;
    const int cx0 = std::clamp(int((r.left() - m_bounds.left()) / m_cell), 0, m_columns - 1);
    const int cx1 = std::clamp(int((r.right() - m_bounds.left()) / m_cell), 0, m_columns - 1);
    const int cy0 = std::clamp(int((r.top() - m_bounds.top()) / m_cell), 0, m_rows - 1);
    const int cy1 = std::clamp(int((r.bottom() - m_bounds.top()) / m_cell), 0, m_rows - 1);
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const int c = cy * m_columns + cx;
            for (int k = m_start[c]; k < m_start[c + 1]; ++k)
                visit(m_nodes[k]);
        }
    }
}

int MapSpatialIndex::nearest(const QPointF& world, double radius) const {
    int best = -1;
    double bestD2 = radius * radius;
    forEachIn(QRectF(world.x() - radius, world.y() - radius, 2 * radius, 2 * radius), [&](int i) {
        const QPointF d = (*m_positions)[i] - world;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = i;
        }
    });
    return best;
}

} // namespace chorus
