#pragma once

#include "BarnesHut.h"
#include "RelationshipGraph.h"

#include <QPointF>
#include <QVector>

namespace chorus {

/// ForceAtlas2's settings (Jacomy et al., 2014), with Barnes–Hut repulsion.
struct ForceAtlas2Settings {
    double scalingRatio = 2.0;  ///< repulsion strength (kr)
    double gravity = 1.0;       ///< pull towards the origin (kg)
    bool strongGravity = false; ///< gravity grows with distance
    bool linLog = false;        ///< logarithmic attraction: tighter clusters
    double edgeWeightInfluence = 1.0;
    double jitterTolerance = 1.0;
    double theta = 1.2;   ///< Barnes–Hut accuracy: larger is faster and rougher
    bool parallel = true; ///< forces computed on several threads (same result as one thread)
};

/// The ForceAtlas2 force-directed layout: node mass is degree + 1, repulsion k·m₁m₂/d, attraction w·d, and
/// the adaptive global and per-node speeds that make it settle. One step() is one iteration.
class ForceAtlas2 final {
public:
    ForceAtlas2(const RelationshipGraph& graph, QVector<QPointF> initial, ForceAtlas2Settings settings = {});

    /// One iteration. Returns the mean node displacement of this iteration.
    double step();
    const QVector<QPointF>& positions() const { return m_pos; }
    /// Start slowly (for a rerun from stored positions, where a settled layout should stay settled).
    void setInitialSpeed(double speed) { m_speed = speed; }
    /// Root-mean-square distance of the nodes from their centroid: the layout's scale.
    double spread() const;

private:
    void attraction();
    void repulsionAndGravity();

    const RelationshipGraph& m_graph;
    ForceAtlas2Settings m_settings;
    QVector<QPointF> m_pos;
    QVector<double> m_mass;
    QVector<QPointF> m_force;
    QVector<QPointF> m_oldForce;
    double m_speed = 1.0;
    double m_speedEfficiency = 1.0;
    double m_attractionScale = 1.0;
    BarnesHut m_tree;
};

} // namespace chorus
