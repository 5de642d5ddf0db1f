#pragma once

#include <QPointF>
#include <QVector>

namespace chorus {

/// A Barnes–Hut quadtree over weighted points: repulsion from every other point in O(log n) per query by
/// treating far-away cells as one mass at their centre.
class BarnesHut final {
public:
    /// Build over `positions` with `masses` (same size).
    void build(const QVector<QPointF>& positions, const QVector<double>& masses);

    /// The ForceAtlas2 repulsion on point `index`: Σ k·m_i·m_j / d² along the separation vector, with cells
    /// whose width / distance is below `theta` taken as a whole.
    QPointF repulsion(int index, double k, double theta) const;

private:
    struct Cell {
        double cx = 0, cy = 0, half = 0; ///< square centre and half width
        double mass = 0, mx = 0, my = 0; ///< total mass and mass-weighted position sum
        int firstChild = -1;             ///< four consecutive cells, or -1 for a leaf
        int body = -1;                   ///< the single point of a leaf, -1 when empty, -2 when several
    };
    void insert(int cellIndex, int body, int depth);
    void subdivide(int cellIndex);

    QVector<Cell> m_cells;
    const QVector<QPointF>* m_positions = nullptr;
    const QVector<double>* m_masses = nullptr;
};

} // namespace chorus
