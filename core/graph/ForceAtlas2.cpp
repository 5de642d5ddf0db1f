#include "ForceAtlas2.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chorus {

ForceAtlas2::ForceAtlas2(const RelationshipGraph& graph, QVector<QPointF> initial,
                         ForceAtlas2Settings settings)
    : m_graph(graph)
    , m_settings(settings)
    , m_pos(std::move(initial)) {
    const int n = graph.nodeCount();
    m_pos.resize(n);
    m_mass.fill(1.0, n);
    for (const GraphEdge& e : graph.edges) {
        m_mass[e.source] += 1.0;
        m_mass[e.target] += 1.0;
    }
    m_force.fill(QPointF(), n);
    m_oldForce.fill(QPointF(), n);
    // Edge weights are normalised to a mean of 1 so the settings mean the same on any workspace.
    if (!graph.edges.isEmpty()) {
        double total = 0;
        for (const GraphEdge& e : graph.edges)
            total += e.weight;
        if (total > 0)
            m_attractionScale = double(graph.edges.size()) / total;
    }
}

double ForceAtlas2::spread() const {
    if (m_pos.isEmpty())
        return 0;
    double cx = 0, cy = 0;
    for (const QPointF& p : m_pos) {
        cx += p.x();
        cy += p.y();
    }
    cx /= m_pos.size();
    cy /= m_pos.size();
    double s = 0;
    for (const QPointF& p : m_pos)
        s += (p.x() - cx) * (p.x() - cx) + (p.y() - cy) * (p.y() - cy);
    return std::sqrt(s / m_pos.size());
}

void ForceAtlas2::repulsionAndGravity() {
    const int n = int(m_pos.size());
    m_tree.build(m_pos, m_mass);
    const double kr = m_settings.scalingRatio, kg = m_settings.gravity, theta = m_settings.theta;
    auto forNode = [&](int i) {
        QPointF f = m_tree.repulsion(i, kr, theta);
        const QPointF p = m_pos[i];
        const double d = std::hypot(p.x(), p.y());
        if (d > 0) {
            const double g = m_settings.strongGravity ? kg * m_mass[i] : kg * m_mass[i] / d;
            f -= p * g;
        }
        m_force[i] = f;
    };
    constexpr int kChunk = 1024;
    if (m_settings.parallel && n > 2 * kChunk) {
        QVector<int> chunks((n + kChunk - 1) / kChunk);
        std::iota(chunks.begin(), chunks.end(), 0);
        QtConcurrent::blockingMap(chunks, [&](int chunk) {
            for (int i = chunk * kChunk, end = std::min(n, (chunk + 1) * kChunk); i < end; ++i)
                forNode(i);
        });
    } else {
        for (int i = 0; i < n; ++i)
            forNode(i);
    }
}

void ForceAtlas2::attraction() {
    for (const GraphEdge& e : m_graph.edges) {
        const QPointF delta = m_pos[e.source] - m_pos[e.target];
        double w = e.weight * m_attractionScale;
        if (m_settings.edgeWeightInfluence != 1.0)
            w = std::pow(w, m_settings.edgeWeightInfluence);
        double factor = -w;
        if (m_settings.linLog) {
            const double d = std::hypot(delta.x(), delta.y());
            if (d <= 0)
                continue;
            factor = -w * std::log1p(d) / d;
        }
        m_force[e.source] += delta * factor;
        m_force[e.target] -= delta * factor;
    }
}

double ForceAtlas2::step() {
    const int n = int(m_pos.size());
    if (n == 0)
        return 0;
    std::swap(m_force, m_oldForce);
    repulsionAndGravity();
    attraction();

    // Adaptive speed (the "swinging" and "traction" of the paper).
    double totalSwing = 0, totalTraction = 0;
    for (int i = 0; i < n; ++i) {
        const QPointF a = m_force[i] - m_oldForce[i];
        const QPointF b = m_force[i] + m_oldForce[i];
        totalSwing += m_mass[i] * std::hypot(a.x(), a.y());
        totalTraction += m_mass[i] * 0.5 * std::hypot(b.x(), b.y());
    }
    const double estimatedOptimalJitter = 0.05 * std::sqrt(double(n));
    const double minJitter = std::sqrt(estimatedOptimalJitter);
    const double maxJitter = 10.0;
    double jitter = m_settings.jitterTolerance *
                    std::max(minJitter, std::min(maxJitter, estimatedOptimalJitter * totalTraction /
                                                                (double(n) * double(n))));
    const double minSpeedEfficiency = 0.05;
    if (totalTraction > 0 && totalSwing / totalTraction > 2.0) {
        if (m_speedEfficiency > minSpeedEfficiency)
            m_speedEfficiency *= 0.5;
        jitter = std::max(jitter, m_settings.jitterTolerance);
    }
    const double targetSpeed =
        totalSwing > 0 ? jitter * m_speedEfficiency * totalTraction / totalSwing : m_speed;
    if (totalSwing > jitter * totalTraction) {
        if (m_speedEfficiency > minSpeedEfficiency)
            m_speedEfficiency *= 0.7;
    } else if (m_speed < 1000) {
        m_speedEfficiency *= 1.3;
    }
    const double maxRise = 0.5;
    m_speed = m_speed + std::min(targetSpeed - m_speed, maxRise * m_speed);

    double moved = 0;
    for (int i = 0; i < n; ++i) {
        const QPointF a = m_force[i] - m_oldForce[i];
        const double swinging = m_mass[i] * std::hypot(a.x(), a.y());
        const double factor = m_speed / (1.0 + std::sqrt(m_speed * swinging));
        const QPointF d = m_force[i] * factor;
        m_pos[i] += d;
        moved += std::hypot(d.x(), d.y());
    }
    return moved / n;
}

} // namespace chorus
