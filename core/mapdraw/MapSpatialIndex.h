#pragma once

#include <QPointF>
#include <QRectF>
#include <QVector>

#include <functional>

namespace chorus {

/// A uniform grid over node positions: which nodes lie in a rectangle (culling) and which is nearest a point
/// (hit testing), without looking at the other 99,000.
class MapSpatialIndex final {
public:
    void build(const QVector<QPointF>& positions);
    /// Calls `visit` for every node inside `world` (and a few near its edges).
    void forEachIn(const QRectF& world, const std::function<void(int)>& visit) const;
    /// The node nearest `world` within `radius`, or -1.
    int nearest(const QPointF& world, double radius) const;
    QRectF bounds() const { return m_bounds; }

private:
    int cellOf(double x, double y) const;

    const QVector<QPointF>* m_positions = nullptr;
    QRectF m_bounds;
    int m_columns = 1;
    int m_rows = 1;
    double m_cell = 1;
    QVector<int> m_start; ///< per cell, into m_nodes (CSR layout); size cells + 1
    QVector<int> m_nodes;
};

} // namespace chorus
